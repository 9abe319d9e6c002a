package com.partnerlifecycle.partneraccess;

import java.net.URI;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.StartCondition;

/**
 * The address links are built from: {@code partnership.public-base-url}
 * (PUBLIC_BASE_URL), never a request's Host or forwarded headers. Outside the demo (and
 * the tests) the application refuses to start without it, or with one that is not an
 * absolute http(s) address without query or fragment. In the demo it defaults to this
 * server on localhost. Read each time a link is built: the demo's default names the
 * server's port, known once it listens.
 */
@Component
class PublicBaseUrl extends StartCondition {

	static final String PROPERTY = "partnership.public-base-url";

	@Override
	protected String problemIn(Environment environment) {
		return problem(environment);
	}

	/** The base, without a trailing slash. */
	String get() {
		String base = environment().getProperty(PROPERTY, "");
		if (base.isBlank()) {
			base = "http://localhost:"
					+ environment().getProperty("local.server.port", environment().getProperty("server.port", "8080"));
		}
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/**
	 * The origin (scheme, host, port) a browser sends with a POST from the landing page.
	 */
	String origin() {
		URI uri = URI.create(get());
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	static String problem(Environment environment) {
		String base = environment.getProperty(PROPERTY, "");
		boolean demo = com.partnerlifecycle.common.DemoProfile.isDemoOrTest(environment);
		if (base.isBlank()) {
			return demo ? null : "Links to partner contacts need the application's public address: set PUBLIC_BASE_URL "
					+ "(" + PROPERTY + "), e.g. https://partnerships.buyer.example";
		}
		try {
			URI uri = new URI(base);
			if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
					|| uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
					|| uri.getRawUserInfo() != null) {
				return PROPERTY + " must be an absolute http(s) address without user, query or fragment, was " + base;
			}
		}
		catch (java.net.URISyntaxException e) {
			return PROPERTY + " is not an address: " + base;
		}
		return null;
	}

}
