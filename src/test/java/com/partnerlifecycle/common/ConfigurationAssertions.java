package com.partnerlifecycle.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.validation.FieldError;

/**
 * Asserts how a {@code @Validated @ConfigurationProperties} class takes its values: a bad
 * value is refused naming its field, and the application does not start with it (Spring
 * Boot's binding error), never a 400 of the product.
 */
public final class ConfigurationAssertions {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private ConfigurationAssertions() {
	}

	/** The values break this rule of theirs: at this field, with this message. */
	public static void assertRefused(Object properties, String field, String message) {
		Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(properties);
		assertThat(violations).as("what %s breaks", properties)
			.extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
			.contains(tuple(field, message));
	}

	public static void assertValid(Object properties) {
		assertThat(VALIDATOR.validate(properties)).as("what %s breaks", properties).isEmpty();
	}

	/**
	 * A context of the properties' configuration does not start with
	 * {@code property=value}: the binding fails with a validation error on {@code field},
	 * its message naming the properties' prefix and the field.
	 */
	public static void assertStartRefused(ApplicationContextRunner runner, String property, String value, String field,
			String reason) {
		runner.withPropertyValues(property + "=" + value).run(context -> {
			assertThat(context).as("%s=%s", property, value).hasFailed();
			Throwable failure = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
			assertThat(failure).as("%s=%s", property, value).isInstanceOf(BindValidationException.class);
			BindValidationException refused = (BindValidationException) failure;
			String prefix = property.substring(0, property.lastIndexOf('.'));
			assertThat(refused.getMessage()).contains("Binding validation errors on " + prefix).contains(field);
			assertThat(refused.getValidationErrors().getAllErrors()).as("%s=%s", property, value)
				.filteredOn(FieldError.class::isInstance)
				.map(FieldError.class::cast)
				.extracting(FieldError::getField, FieldError::getDefaultMessage)
				.contains(tuple(field, reason));
		});
	}

}
