package com.partnerlifecycle.partneraccess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A link's token: 256 bits from {@link SecureRandom}, base64url without padding (43
 * characters); stored and looked up only as its SHA-256.
 */
final class LinkTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** What a token looks like; anything else is refused before the database is asked. */
	static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private LinkTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
