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
 * The one rule for an e-mail address people give (a partner's contact, a provider's
 * sponsor, a partner's person a request is entered for): {@code local@domain.tld}, at
 * most 254 characters. The local part is dot-separated words of letters, digits and
 * {@code !#$%&'*+/=?^_`{|}~-} (at most 64 characters); the domain at least two labels of
 * letters, digits and inner hyphens, the last one starting with a letter. No spaces, no
 * quotes, no second {@code @}, no leading, trailing or double dot: what a mail header
 * could be broken with is not an address.
 */
@BusinessRule
public final class EmailAddress {

	public static final int MAX_LENGTH = 254;

	public static final String REFUSAL = "must be an e-mail address";

	private static final String WORD = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";

	private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

	private static final String TOP_LABEL = "\\p{L}(?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

	/** The whole rule as one expression, for {@link Format} and {@link #isValid}. */
	static final String PATTERN = "(?=.{1," + MAX_LENGTH + "}$)(?=[^@]{1,64}@)" + WORD + "(?:\\." + WORD + ")*@(?:"
			+ LABEL + "\\.)+" + TOP_LABEL;

	private static final Pattern ADDRESS = Pattern.compile(PATTERN);

	private EmailAddress() {
	}

	public static boolean isValid(String address) {
		return address != null && ADDRESS.matcher(address).matches();
	}

	/** The address, or an {@link InvalidInputException} naming its field. */
	public static String require(String field, String address) {
		if (!isValid(address)) {
			throw new InvalidInputException(field, REFUSAL);
		}
		return address;
	}

	/**
	 * A request's or form's field that, when given, is an e-mail address by this rule.
	 */
	@Documented
	@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
			ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = {})
	@ReportAsSingleViolation
	@jakarta.validation.constraints.Pattern(regexp = PATTERN)
	public @interface Format {

		String message() default REFUSAL;

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

}
