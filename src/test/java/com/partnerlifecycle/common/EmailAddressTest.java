package com.partnerlifecycle.common;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one rule for an e-mail address: what the demo, the tests and real mail use passes;
 * a broken header does not.
 */
class EmailAddressTest {

	static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	record Request(@EmailAddress.Format String email) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "dana@tailspin.example", "liam.grant@litware.example", "Dana.Reyes@Tailspin.example",
			"DANA@TAILSPIN.EXAMPLE", "sam.sponsor@provider.example", "user@partnerships.buyer.example",
			"o'brien+partners@eu-west.tailspin.example", "x@y.io", "a_b-c@d1.example", "jörg@müller.example",
			"ops@xn--mller-kva.example" })
	void shouldTakeAnAddress(String address) {
		assertThat(EmailAddress.isValid(address)).isTrue();
		assertThat(EmailAddress.require("email", address)).isEqualTo(address);
		assertThat(VALIDATOR.validate(new Request(address))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "nope", "dana.tailspin.example", "dana@", "@tailspin.example", "dana@tailspin",
			"dana@x@tailspin.example", "dana reyes@tailspin.example", "dana@tailspin.example\nBcc: x@y.example",
			"dana@tailspin.example.", "dana@.tailspin.example", "dana@tailspin..example", ".dana@tailspin.example",
			"dana.@tailspin.example", "da..na@tailspin.example", "\"dana\"@tailspin.example", "dana@-tailspin.example",
			"dana@tailspin-.example", "dana@tailspin.123", "dana@[10.0.0.1]", "<dana@tailspin.example>",
			"dana,eve@tailspin.example", "dana@tailspin.example;", "dana@tail_spin.example" })
	void shouldRefuseWhatIsNoAddress(String address) {
		assertThat(EmailAddress.isValid(address)).isFalse();
		assertInvalidInput(() -> EmailAddress.require("email", address), "email", "must be an e-mail address");
		Set<ConstraintViolation<Request>> violations = VALIDATOR.validate(new Request(address));
		assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly("must be an e-mail address");
	}

	@ParameterizedTest
	@ValueSource(ints = { 64, 65 })
	void shouldTakeALocalPartOfAtMost64Characters(int length) {
		assertThat(EmailAddress.isValid("x".repeat(length) + "@tailspin.example")).isEqualTo(length <= 64);
	}

	@ParameterizedTest
	@ValueSource(ints = { 254, 255 })
	void shouldTakeAnAddressOfAtMost254Characters(int length) {
		String label = "d".repeat(61) + ".";
		String address = "x@" + label.repeat(3) + "e".repeat(length - 196) + ".example";
		assertThat(address).hasSize(length);
		assertThat(EmailAddress.isValid(address)).isEqualTo(length <= EmailAddress.MAX_LENGTH);
	}

}
