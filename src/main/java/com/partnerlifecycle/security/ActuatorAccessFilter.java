package com.partnerlifecycle.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.partnerlifecycle.common.Groups;

/**
 * Who reaches Spring Boot Actuator on the application's port ({@code /actuator/**};
 * docs/operations.md "Probes and metrics"):
 * <ul>
 * <li>health and its groups ({@code /actuator/health/**}): anyone, without credentials;
 * Actuator shows components and details only to a user of {@code camunda-admin} (HTTP
 * Basic, checked here and throttled as at every login door), to everybody else only the
 * status ({@code {"status":"UP"}}). Wrong credentials answer 401.</li>
 * <li>{@code /actuator/prometheus}: only the metrics credential
 * ({@link MetricsCredential}), checked outside the login throttle; no or wrong
 * credentials 401, any product user 403.</li>
 * <li>any other path: 404.</li>
 * </ul>
 * A management port of its own is not covered (filters of this context do not run there):
 * it listens on an internal address ({@code operations.ManagementAddress}). Responses
 * carry security headers.
 */
@Component
@Order(22)
class ActuatorAccessFilter extends OncePerRequestFilter {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final IdentityService identityService;

	private final LoginThrottle throttle;

	private final MetricsCredential metrics;

	private final String base;

	ActuatorAccessFilter(IdentityService identityService, LoginThrottle throttle, MetricsCredential metrics,
			@Value("${management.endpoints.web.base-path:/actuator}") String base) {
		this.identityService = identityService;
		this.throttle = throttle;
		this.metrics = metrics;
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// case-insensitive: whatever might reach an endpoint is decided here, the rest
		// answers 404
		String lower = ApiAuthenticationFilter.path(request).toLowerCase(Locale.ROOT);
		String prefix = base.toLowerCase(Locale.ROOT);
		return !(lower.equals(prefix) || lower.startsWith(prefix + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(response, request.isSecure());
		String path = ApiAuthenticationFilter.path(request);
		if (path.equals(base + "/health") || path.startsWith(base + "/health/")) {
			health(request, response, chain);
		}
		else if (path.equals(base + "/prometheus")) {
			prometheus(request, response, chain);
		}
		else {
			problem(response, HttpServletResponse.SC_NOT_FOUND, "Not Found", "no such endpoint");
		}
	}

	private void health(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String[] credentials = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
		if (credentials == null) { // a probe
			statusOnly(request, response, chain);
			return;
		}
		if (metrics.isUser(credentials[0])) {
			if (metrics.matches(credentials[0], credentials[1])) {
				statusOnly(new SignedIn(request, credentials[0], false), response, chain);
			}
			else {
				unauthorized(response);
			}
			return;
		}
		if (!productUser(credentials, request, response)) {
			return;
		}
		boolean operator = identityService.createUserQuery()
			.userId(credentials[0])
			.memberOfGroup(Groups.CAMUNDA_ADMIN)
			.count() > 0;
		if (operator) {
			chain.doFilter(new SignedIn(request, credentials[0], true), response);
		}
		else {
			statusOnly(new SignedIn(request, credentials[0], false), response, chain);
		}
	}

	/**
	 * Actuator's answer reduced to its status: without components it still lists the
	 * health groups, and a caller who is no operator learns UP or DOWN alone.
	 */
	private static void statusOnly(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		JsonNode status = null;
		try {
			JsonNode health = JSON.readTree(answer.getContentAsByteArray());
			status = health == null ? null : health.get("status");
		}
		catch (IOException notJson) {
			// an error page of Actuator's or the container's: passed on as it is
		}
		if (status != null && status.isTextual()) {
			answer.resetBuffer();
			answer.getOutputStream().write(JSON.writeValueAsBytes(java.util.Map.of("status", status.asText())));
		}
		answer.copyBodyToResponse();
	}

	private void prometheus(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String[] credentials = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
		if (credentials == null || !metrics.isOpen()) { // closed without a metrics
														// password: no password is
														// checked
			unauthorized(response);
			return;
		}
		if (metrics.isUser(credentials[0])) { // outside the login throttle: a scraper is
												// never locked out
			if (metrics.matches(credentials[0], credentials[1])) {
				chain.doFilter(request, response);
			}
			else {
				unauthorized(response);
			}
			return;
		}
		if (productUser(credentials, request, response)) {
			problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
					"the metrics are for the metrics user only (partnership.metrics.user)");
		}
	}

	/**
	 * The password of a Camunda user, throttled as at every login door; false when
	 * refused (answered here).
	 */
	private boolean productUser(String[] credentials, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		LoginThrottle.Check check = throttle.checkPassword(identityService, credentials[0], credentials[1], request,
				response);
		if (check == LoginThrottle.Check.WRONG) {
			unauthorized(response);
		}
		return check == LoginThrottle.Check.ACCEPTED;
	}

	private static void unauthorized(HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Partnership Lifecycle\", charset=\"UTF-8\"");
		problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
				"wrong or missing credentials (HTTP Basic)");
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\",\"errors\":[]}");
	}

	/**
	 * The request as the signed-in user: Actuator asks the request who it is and whether
	 * it is in a role.
	 */
	static final class SignedIn extends HttpServletRequestWrapper {

		private final Principal principal;

		private final boolean operator;

		SignedIn(HttpServletRequest request, String user, boolean operator) {
			super(request);
			this.principal = () -> user;
			this.operator = operator;
		}

		@Override
		public Principal getUserPrincipal() {
			return principal;
		}

		@Override
		public String getRemoteUser() {
			return principal.getName();
		}

		@Override
		public String getAuthType() {
			return HttpServletRequest.BASIC_AUTH;
		}

		@Override
		public boolean isUserInRole(String role) {
			return operator && Groups.CAMUNDA_ADMIN.equals(role);
		}

	}

}
