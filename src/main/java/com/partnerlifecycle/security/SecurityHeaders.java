package com.partnerlifecycle.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on the product API's responses. The web apps (/camunda/**) keep their own nonce-based CSP and CSRF
 * handling: a second CSP would break them, so these go on /api only.
 */
final class SecurityHeaders {

	private SecurityHeaders() {
	}

	static void apply(HttpServletResponse response, boolean secure) {
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		if (secure) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
	}

}
