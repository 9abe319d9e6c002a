package com.partnerlifecycle.evaluation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The thresholds of the evaluation gate (configuration, {@code partnership.gate.*}). A
 * value out of its range stops the start with Spring Boot's binding error naming the
 * property.
 *
 * @param rejectBelow a gate score below this line is rejected; 0–100, default 50
 * @param proceedFrom a gate score from this line on may proceed to an agreement, between
 * the two lines is the grey zone; 0–100, not below {@code rejectBelow}, default 70
 * @param minCompletedPilots fewer completed pilots than this extend the pilot phase; at
 * least 1, because without a completed pilot there is no gate score; default 1
 * @param maxExtensions how many times the pilot phase may be extended; once reached, a
 * candidate still unproven is rejected; default 2
 * @param complexityThreshold a joint success probability of the components below this
 * carries a warning; 0–1, default 0.5
 */
@Validated
@ConfigurationProperties("partnership.gate")
public record GateProperties(
		@DefaultValue("50") @DecimalMin(value = "0", message = SCORE_LINE) @DecimalMax(value = "100",
				message = SCORE_LINE) double rejectBelow,
		@DefaultValue("70") @DecimalMin(value = "0", message = SCORE_LINE) @DecimalMax(value = "100",
				message = SCORE_LINE) double proceedFrom,
		@DefaultValue("1") @Min(value = 1,
				message = "must be at least 1, was ${validatedValue}") int minCompletedPilots,
		@DefaultValue("2") @Min(value = 0, message = "must not be negative, was ${validatedValue}") int maxExtensions,
		@DefaultValue("0.5") @DecimalMin(value = "0", message = PROBABILITY) @DecimalMax(value = "1",
				message = PROBABILITY) double complexityThreshold) {

	static final String SCORE_LINE = "must be between 0 and 100, was ${validatedValue}";

	static final String PROBABILITY = "must be between 0 and 1, was ${validatedValue}";

	public static GateProperties defaults() {
		return new GateProperties(50, 70, 1, 2, 0.5);
	}

	/** The grey zone may be empty (both lines equal), never negative. */
	@AssertTrue(message = "rejectBelow must not be above proceedFrom")
	public boolean isRejectBelowAtMostProceedFrom() {
		return rejectBelow <= proceedFrom;
	}

}
