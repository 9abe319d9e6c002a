package com.partnerlifecycle.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Period;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A configured period that is more than nothing (P1D, P6W, P1M), with no part of it
 * negative.
 */
@Documented
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositivePeriod.Check.class)
public @interface PositivePeriod {

	String message() default "must be a positive period such as P7D, was ${validatedValue}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Null is for {@code @NotNull} to refuse. */
	class Check implements ConstraintValidator<PositivePeriod, Period> {

		@Override
		public boolean isValid(Period period, ConstraintValidatorContext context) {
			return period == null || !(period.isNegative() || period.isZero());
		}

	}

}
