package com.partnerlifecycle.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names, titles and places are one line: the rule of {@link Text#isOneLine}, as a
 * request's constraint too.
 */
class OneLineTest {

	static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	record Request(@Text.OneLine String name) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Dana Reyes", "Litware Hosting, Ltd. – EMEA", "Zoë\u00a0Ng" })
	void shouldTakeOneLine(String name) {
		assertThat(Text.isOneLine(name)).isTrue();
		assertThat(VALIDATOR.validate(new Request(name))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dana\nReyes", "Dana\r\nBcc: x@y.example", "Dana\tReyes", "Dana\u2028Reyes",
			"Dana\u2029Reyes", "Dana\u0085Reyes" })
	void shouldRefuseALineBreakOrATab(String name) {
		assertThat(Text.isOneLine(name)).isFalse();
		assertThat(VALIDATOR.validate(new Request(name))).extracting(ConstraintViolation::getMessage)
			.containsExactly("must be on one line (no line breaks or tabs)");
	}

}
