package com.partnerlifecycle.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Asserts that input is refused with the field at fault and the message a business user
 * reads.
 */
public final class InvalidInputAssertions {

	private InvalidInputAssertions() {
	}

	public static void assertInvalidInput(ThrowingCallable call, String field, String reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, exception -> {
			assertThat(exception.field()).as("field").isEqualTo(field);
			assertThat(exception.reason()).as("reason").isEqualTo(reason);
		});
	}

	/**
	 * A form's completion refused by its task listener: the engine wraps the exception,
	 * Tasklist shows its message.
	 */
	public static void assertFormRefused(ThrowingCallable completion, String field, String reason) {
		assertThatThrownBy(completion).hasMessageEndingWith(field + ": " + reason + "'");
	}

}
