package com.partnerlifecycle.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The product API ({@code /api/**}) accepts HTTP Basic against Camunda's identity
 * service, the same users as Tasklist. Each request runs as its user (with the user's
 * groups) in the engine; no credentials or a wrong password answer 401, and a client that
 * sent too many wrong passwords for a user gets 429 ({@link LoginThrottle}). Responses
 * carry security headers. The API's description ({@code /api/openapi.json}) is part of
 * the API; its Swagger UI ({@code /swagger-ui/**}) takes the same login, so a browser
 * gets the Basic dialog.
 */
@Component
@Order(20)
class ApiAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	private final LoginThrottle throttle;

	ApiAuthenticationFilter(IdentityService identityService, LoginThrottle throttle) {
		this.identityService = identityService;
		this.throttle = throttle;
	}

	/**
	 * Swagger UI's page and its files; springdoc redirects {@code /swagger-ui.html} to
	 * its index.
	 */
	static final String SWAGGER_UI = "/swagger-ui/";

	/**
	 * The same files as the plain webjar (its example page among them): behind the same
	 * login.
	 */
	static final String SWAGGER_UI_WEBJAR = "/webjars/swagger-ui/";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !path.startsWith("/api/") && !isSwaggerUi(path);
	}

	/**
	 * The path as the server routes it: decoded, normalised, without ;parameters. The raw
	 * URI would let {@code /%61pi/...} or {@code /api;x/...} reach the API past this
	 * filter.
	 */
	static String path(HttpServletRequest request) {
		return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
	}

	static boolean isSwaggerUi(String path) {
		return path.startsWith(SWAGGER_UI) || path.startsWith(SWAGGER_UI_WEBJAR) || path.equals("/swagger-ui.html");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(response, request.isSecure(),
				isSwaggerUi(path(request)) ? SecurityHeaders.SWAGGER_UI_POLICY : SecurityHeaders.API_POLICY);
		String[] credentials = basicCredentials(request.getHeader("Authorization"));
		LoginThrottle.Check check = credentials == null ? LoginThrottle.Check.WRONG
				: throttle.checkPassword(identityService, credentials[0], credentials[1], request, response);
		if (check == LoginThrottle.Check.WAIT) {
			return;
		}
		if (check == LoginThrottle.Check.WRONG) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("WWW-Authenticate", "Basic realm=\"Partnership Lifecycle\", charset=\"UTF-8\"");
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
						+ "\"detail\":\"Log in with your Tasklist user name and password (HTTP Basic)\",\"errors\":[]}");
			return;
		}
		List<String> groups = identityService.createGroupQuery()
			.groupMember(credentials[0])
			.listPage(0, 200)
			.stream()
			.map(Group::getId)
			.toList();
		identityService.setAuthentication(credentials[0], groups);
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** user and password from "Basic base64(user:password)", or null. */
	static String[] basicCredentials(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon <= 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

}
