package com.partnerlifecycle.common;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page ({@code /error}, in place of Spring Boot's) as problem JSON whose
 * {@code status} is the HTTP status: a {@code sendError} from a filter (a 401, a 413), an
 * exception that escaped. Asked for directly, {@code /error} is no page: 404. A server
 * fault says nothing of its cause.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
		if (status == null) {
			return ApiErrors.problem(HttpStatus.NOT_FOUND, "No such page",
					List.of(new ApiErrors.FieldError(null, "No such page")));
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		String reason;
		if (status.is5xxServerError()) {
			reason = "The request could not be completed (" + status.getReasonPhrase() + ")";
		}
		else if (message instanceof String text && !text.isBlank()) {
			reason = text;
		}
		else {
			reason = status.getReasonPhrase();
		}
		ResponseEntity<ProblemDetail> response = ApiErrors.problem(status, reason,
				List.of(new ApiErrors.FieldError(null, reason)));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && response.getBody() != null) {
			response.getBody().setInstance(safeUri(path));
		}
		return response;
	}

	/**
	 * The same refusal for a person in a browser: a page with one plain sentence and a
	 * link back to Tasklist, never a bare error page. A web app the user's role may not
	 * open says which one.
	 */
	@RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(HttpServletRequest request) {
		ProblemDetail problem = error(request).getBody();
		int status = problem == null ? 404 : problem.getStatus();
		String detail = problem == null || problem.getDetail() == null ? "" : problem.getDetail();
		java.util.regex.Matcher app = java.util.regex.Pattern.compile("No access rights for (\\w+)").matcher(detail);
		String sentence = app.find() ? "Your role may not open " + capitalized(app.group(1)) + "." : detail + ".";
		String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partnership Lifecycle</title>"
				+ "</head><body><h1>Partnership Lifecycle</h1><p>"
				+ org.springframework.web.util.HtmlUtils.htmlEscape(sentence) + "</p>"
				+ "<p><a href=\"/camunda/app/tasklist/default/\">Back to Tasklist</a></p></body></html>";
		return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
	}

	private static String capitalized(String app) {
		return app.isEmpty() ? app : Character.toUpperCase(app.charAt(0)) + app.substring(1);
	}

	private static java.net.URI safeUri(String path) {
		try {
			return java.net.URI.create(path);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
