package com.partnerlifecycle.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;

/**
 * The one rule for text people send, at every door (the product API's JSON, the Tasklist
 * forms): no NUL or other control characters (line breaks and tabs excepted), no lone
 * surrogates (half of a character).
 */
@BusinessRule
public final class Text {

	/**
	 * Names, titles and places are one line: no line break (Unicode's own separators and
	 * NEL too) and no tab.
	 */
	static final String ONE_LINE = "[^\\r\\n\\t\\u0085\\u2028\\u2029]*";

	public static final String NOT_ONE_LINE = "must be on one line (no line breaks or tabs)";

	private static final Pattern ONE_LINE_PATTERN = Pattern.compile(ONE_LINE);

	private Text() {
	}

	public static boolean isOneLine(String text) {
		return ONE_LINE_PATTERN.matcher(text).matches();
	}

	/**
	 * Whitespace alone, no-break spaces included: a value that looks empty but is not.
	 */
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

	/** A request's field that is one line ({@link #isOneLine}) when given. */
	@Documented
	@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
			ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = {})
	@ReportAsSingleViolation
	@jakarta.validation.constraints.Pattern(regexp = ONE_LINE)
	public @interface OneLine {

		String message() default NOT_ONE_LINE;

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
