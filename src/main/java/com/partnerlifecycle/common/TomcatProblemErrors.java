package com.partnerlifecycle.common;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Tomcat answers itself, before any filter or servlet sees the request (an encoded
 * slash, a backslash or NUL in the path, a malformed request line), is problem JSON too,
 * not Tomcat's HTML error page: the host's error report valve is replaced, and the engine
 * gets one for requests refused before they reach a host.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblemErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonFromTomcat() {
		return factory -> {
			factory.addEngineValves(new ProblemErrorReportValve());
			factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
				if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
					replaceErrorReportValve(context.getParent());
				}
			}));
		};
	}

	private static void replaceErrorReportValve(Container host) {
		if (host == null) {
			return;
		}
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
				host.getPipeline().removeValve(valve);
				host.getPipeline().addValve(new ProblemErrorReportValve());
			}
		}
	}

	/**
	 * An error status without a body gets problem JSON: {@code status}, the reason, no
	 * stack trace, no server info.
	 */
	static final class ProblemErrorReportValve extends ErrorReportValve {

		private static final ObjectMapper JSON = new ObjectMapper();

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String title = known == null ? "Error" : known.getReasonPhrase();
			String reason = status == 400
					? "The request cannot be read: its path or a header is not valid (an encoded slash, a backslash or a control character?)"
					: status >= 500 ? "The request could not be completed (" + title + ")" : title;
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("field", null);
			error.put("message", reason);
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", status);
			problem.put("detail", reason);
			problem.put("errors", List.of(error));
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(JSON.writeValueAsString(problem));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client went away, or the response was committed meanwhile: nothing
				// more to say
			}
		}

	}

}
