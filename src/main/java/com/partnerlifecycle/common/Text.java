package com.partnerlifecycle.common;

/**
 * The one rule for text people send, at every door (the product API's JSON, the Tasklist forms): no NUL or other
 * control characters (line breaks and tabs excepted), no lone surrogates (half of a character).
 */
public final class Text {

	private Text() {
	}

	/** Whitespace alone, no-break spaces included: a value that looks empty but is not. */
	public static boolean onlySpace(String text) {
		return !text.isEmpty() && text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
	}

	/** Why the text is refused, or null when it is fine. Line breaks and tabs pass. */
	public static String refusal(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				return "must not contain control characters (found U+" + String.format("%04X", (int) c) + " at "
						+ (i + 1) + ")";
			}
			boolean loneSurrogate = Character.isHighSurrogate(c)
					? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
					: Character.isLowSurrogate(c);
			if (loneSurrogate) {
				return "must not contain half a character (a lone surrogate)";
			}
		}
		return null;
	}

}
