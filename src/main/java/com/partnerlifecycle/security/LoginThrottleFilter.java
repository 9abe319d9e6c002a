package com.partnerlifecycle.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link LoginThrottle} at the two login doors that are not the product's own code: the
 * engine REST API's HTTP Basic ({@code /engine-rest/*}, checked by Camunda's
 * {@code ProcessEngineAuthenticationFilter} after this filter) and the web apps' login
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, form fields
 * {@code username} and {@code password}). A throttled pair gets 429 before the request
 * reaches the password check; otherwise the answer decides: 401 counts as a failed login,
 * a successful web-app login clears the pair.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

	/**
	 * A login form is a few hundred bytes; a larger body is not a login this filter
	 * reads.
	 */
	private static final int MAX_LOGIN_BODY = 8 * 1024;

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String user;
		HttpServletRequest forward = request;
		if (path.startsWith("/engine-rest/")) {
			String[] credentials = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
			user = credentials == null ? null : credentials[0];
		}
		else if ("POST".equalsIgnoreCase(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
			byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_BODY + 1);
			if (body.length > MAX_LOGIN_BODY) {
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				return;
			}
			forward = new BufferedBody(request, body);
			user = formField(new String(body, StandardCharsets.UTF_8), "username");
		}
		else {
			user = null;
		}
		if (user == null) {
			chain.doFilter(forward, response);
			return;
		}
		Optional<Duration> wait = throttle.waitBefore(user, request);
		if (wait.isPresent()) {
			LoginThrottle.refuse(response, wait.get());
			return;
		}
		chain.doFilter(forward, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			throttle.failed(user, request);
		}
		else if (forward != request && response.getStatus() < 400) {
			// only the web apps' login proves the password by its 200; at /engine-rest a
			// path such as /engine
			// answers 200 without checking it, so a success there would let anyone clear
			// the pair's count
			throttle.succeeded(user, request);
		}
	}

	static String formField(String body, String name) {
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			String key = equals < 0 ? pair : pair.substring(0, equals);
			try {
				if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
					return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				}
			}
			catch (IllegalArgumentException malformed) {
				return null;
			}
		}
		return null;
	}

}
