package com.partnerlifecycle.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body over {@value BufferedBody#MAX_BODY_BYTES} bytes sent to the product API
 * ({@code /api/**}) answers 413 as problem JSON, after the caller is authenticated and
 * before anything parses it: by its Content-Length when it has one, otherwise (chunked)
 * by counting the stream while it is buffered, never reading past the limit. The same
 * limit as at the engine doors ({@link EngineApiGuard}).
 */
@Component
@Order(21)
class ApiBodyLimit extends OncePerRequestFilter {

	static final String TOO_LARGE = "the request body is over " + BufferedBody.MAX_BODY_BYTES / 1024 + " KB";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ApiAuthenticationFilter.path(request).startsWith("/api/"); // as routed:
																			// /%61pi/ is
																			// /api/ too
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > BufferedBody.MAX_BODY_BYTES) {
			tooLarge(response);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = BufferedBody.readAtMost(request.getInputStream(), BufferedBody.MAX_BODY_BYTES);
		if (body == null) {
			tooLarge(response);
			return;
		}
		chain.doFilter(new BufferedBody(request, body), response);
	}

	/**
	 * Problem JSON like every refusal of the product API, written here: nothing after
	 * this filter runs.
	 */
	private static void tooLarge(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413," + "\"detail\":\""
					+ TOO_LARGE + "\",\"errors\":[{\"field\":null,\"message\":\"" + TOO_LARGE + "\"}]}");
	}

}
