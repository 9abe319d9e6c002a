package com.partnerlifecycle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one credential that reads the metrics ({@code /actuator/prometheus}):
 * {@code partnership.metrics.user} and {@code partnership.metrics.password}
 * ({@code METRICS_PASSWORD}). Configured, not a Camunda user, so it signs in nowhere
 * else; without a password nobody reads the metrics.
 */
@Component
class MetricsCredential {

	private static final Logger log = LoggerFactory.getLogger(MetricsCredential.class);

	private final String user;

	private final byte[] userDigest;

	private final byte[] passwordDigest;

	MetricsCredential(@Value("${partnership.metrics.user:metrics}") String user,
			@Value("${partnership.metrics.password:}") String password) {
		this.user = user.strip();
		this.userDigest = digest(this.user);
		this.passwordDigest = password.isEmpty() ? null : digest(password);
		if (!isOpen()) {
			log.info("Metrics (/actuator/prometheus) are closed: set METRICS_PASSWORD (partnership.metrics.password) "
					+ "to let the user '{}' read them", this.user);
		}
	}

	boolean isOpen() {
		return passwordDigest != null && !user.isEmpty();
	}

	/**
	 * The name is the metrics user's: its password is checked here, never against the
	 * identity service.
	 */
	boolean isUser(String name) {
		return !user.isEmpty() && user.equals(name);
	}

	/**
	 * Both compared in constant time, and as digests, so that neither their content nor
	 * their length shows.
	 */
	boolean matches(String name, String password) {
		if (!isOpen()) {
			return false;
		}
		boolean userMatches = MessageDigest.isEqual(userDigest, digest(name));
		boolean passwordMatches = MessageDigest.isEqual(passwordDigest, digest(password));
		return userMatches & passwordMatches;
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException everyJvmHasIt) {
			throw new IllegalStateException(everyJvmHasIt);
		}
	}

}
