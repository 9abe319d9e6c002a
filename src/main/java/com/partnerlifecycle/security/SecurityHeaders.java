package com.partnerlifecycle.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on the product API's responses. The web apps (/camunda/**) keep their own
 * nonce-based CSP and CSRF handling: a second CSP would break them, so these go on /api
 * (and the API's Swagger UI) only.
 */
final class SecurityHeaders {

	/** JSON and CSV load nothing. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/**
	 * Swagger UI runs its own scripts and styles from this origin, no inline script; its
	 * icons are data: images. The one style element its bundle adds (the logo's two fill
	 * colours) is allowed by its hash, swagger-ui 5.32.2's: after an upgrade
	 * SwaggerUiJourneyTest shows the refusal with the new hash.
	 */
	static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; "
			+ "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	static void apply(HttpServletResponse response, boolean secure) {
		apply(response, secure, API_POLICY);
	}

	static void apply(HttpServletResponse response, boolean secure, String contentSecurityPolicy) {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		if (secure) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
	}

}
