package com.partnerlifecycle.reminder;

import java.util.List;

/**
 * One reminder to several recipients: the same subject, texts and calendar part, one row
 * and one mail each. {@code scope} makes the keys unique: e.g. "review-12" for a review's
 * invitation of sequence 0. It concerns a partner, a review of it, or a summit
 * ({@code summitId}); a summit's mail to the executives concerns no partner.
 */
public record ReminderBatch(ReminderKind kind, String partnerId, Long reviewId, Long summitId, String scope,
		int sequence, List<Recipient> recipients, String subject, String text, String html, String calendar,
		String calendarMethod) {

	/**
	 * One recipient; with {@code link}, a partner contact who gets a personal link to
	 * that one task in its mail ({@link PersonalLinks}, issued when the mail is about to
	 * be sent).
	 */
	public record Recipient(String name, String email, PersonalLink link) {

		public Recipient(String name, String email) {
			this(name, email, null);
		}
	}

	/** The contact and the task a personal link is for. */
	public record PersonalLink(String contactId, String taskId) {
	}

	public ReminderBatch {
		recipients = List.copyOf(recipients.stream()
			.filter(r -> r.email() != null && !r.email().isBlank())
			.collect(java.util.stream.Collectors.toMap(r -> r.email().strip().toLowerCase(java.util.Locale.ROOT),
					r -> r, (first, second) -> first, java.util.LinkedHashMap::new))
			.values());
	}

	/**
	 * The plain text as a simple HTML mail body: paragraphs, escaped, signed. What people
	 * typed (a title, a name) is in it, so addresses are kept from becoming links
	 * ({@link #escaped}).
	 */
	public static String html(String text) {
		return "<html><body style=\"font-family:sans-serif\">"
				+ escaped(text).replace("\n\n", "</p><p>").replace("\n", "<br>").transform(t -> "<p>" + t + "</p>")
				+ "<p style=\"color:#666\">Partnership Lifecycle</p></body></html>";
	}

	/**
	 * Entered text, escaped for HTML and kept from becoming a link: mail clients turn
	 * addresses and web addresses in text into links, so a zero-width space breaks "://",
	 * "www." and "@".
	 */
	public static String escaped(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text)
			.replace("://", ":&#8203;//")
			.replaceAll("(?i)(www)\\.", "$1&#8203;.") // WWW. too: mail clients link it as
														// well
			.replace("@", "&#8203;@");
	}

	/**
	 * kind.scope.sSEQUENCE.recipient-hash: stable across retries and nodes, no address in
	 * the Message-ID.
	 */
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
