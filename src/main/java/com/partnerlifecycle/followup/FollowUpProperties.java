package com.partnerlifecycle.followup;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.partnerlifecycle.common.PositivePeriod;

/**
 * The follow-up of a review meeting (configuration, {@code partnership.follow-up.*}). A
 * value out of its range stops the start with Spring Boot's binding error naming the
 * property.
 *
 * @param minutesWithin business days after the meeting's day by which the minutes are
 * due; 0–30, default 2
 * @param acknowledgeWithin business days after the minutes by which the partner
 * acknowledges them; 1–30, default 5. Not acknowledged by then, the executives decide
 * without it.
 * @param remindBefore how long before an action item's due date its owner is reminded;
 * positive, default P7D
 */
@Validated
@ConfigurationProperties("partnership.follow-up")
public record FollowUpProperties(
		@DefaultValue("2") @Min(value = 0, message = MINUTES_WITHIN) @Max(value = 30,
				message = MINUTES_WITHIN) int minutesWithin,
		@DefaultValue("5") @Min(value = 1, message = ACKNOWLEDGE_WITHIN) @Max(value = 30,
				message = ACKNOWLEDGE_WITHIN) int acknowledgeWithin,
		@DefaultValue("P7D") @NotNull @PositivePeriod Period remindBefore) {

	static final String MINUTES_WITHIN = "must be between 0 and 30 business days, was ${validatedValue}";

	static final String ACKNOWLEDGE_WITHIN = "must be between 1 and 30 business days, was ${validatedValue}";

}
