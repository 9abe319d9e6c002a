package com.partnerlifecycle.reminder;

import java.util.List;

/**
 * One reminder to several recipients: the same subject, texts and calendar part, one row and one mail each.
 * {@code scope} makes the keys unique: e.g. "review-12" for a review's invitation of sequence 0.
 */
public record ReminderBatch(ReminderKind kind, String partnerId, Long reviewId, String scope, int sequence,
		List<Recipient> recipients, String subject, String text, String html, String calendar, String calendarMethod) {

	public record Recipient(String name, String email) {
	}

	public ReminderBatch {
		recipients = List.copyOf(recipients.stream()
			.filter(r -> r.email() != null && !r.email().isBlank())
			.collect(java.util.stream.Collectors.toMap(r -> r.email().strip().toLowerCase(java.util.Locale.ROOT),
					r -> r, (first, second) -> first, java.util.LinkedHashMap::new))
			.values());
	}

	/** kind.scope.sSEQUENCE.recipient-hash: stable across retries and nodes, no address in the Message-ID. */
	String keyFor(Recipient recipient) {
		return kind.name().toLowerCase(java.util.Locale.ROOT) + "." + scope + ".s" + sequence + "."
				+ hash(recipient.email().strip().toLowerCase(java.util.Locale.ROOT));
	}

	private static String hash(String email) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(email.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
