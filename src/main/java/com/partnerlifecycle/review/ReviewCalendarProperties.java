package com.partnerlifecycle.review;

import java.time.Period;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.partnerlifecycle.common.PositivePeriod;

/**
 * The review calendar (docs/rules.md "Review calendar"), ISO-8601 periods, each positive.
 * A bad value stops the start with Spring Boot's binding error naming the property.
 *
 * @param schedulingLead a review's process starts this long before its due date; default
 * P14D
 * @param ratingPeriod both sides rate within this period after the meeting; default P3D
 * @param overdueAfter no decision this long after the due date or the meeting, whichever
 * is later, makes the review overdue; default P7D
 * @param currency the one currency values are stated in, its ISO 4217 code; default EUR
 * @param prepareBefore the reminder to prepare goes out this long before the meeting;
 * default P3D
 * @param ratingLead both sides rate this long before the meeting at the latest (the
 * rating deadline, when both sides' ratings are revealed); a meeting is set at least this
 * plus one day ahead; default P1D
 */
@Validated
@ConfigurationProperties("partnership.review-calendar")
public record ReviewCalendarProperties(@DefaultValue("P14D") @NotNull @PositivePeriod Period schedulingLead,
		@DefaultValue("P3D") @NotNull @PositivePeriod Period ratingPeriod,
		@DefaultValue("P7D") @NotNull @PositivePeriod Period overdueAfter,
		@DefaultValue("EUR") @NotNull @Pattern(regexp = "[A-Z]{3}",
				message = "must be a currency code such as EUR, was '${validatedValue}'") String currency,
		@DefaultValue("P3D") @NotNull @PositivePeriod Period prepareBefore,
		@DefaultValue("P1D") @NotNull @PositivePeriod Period ratingLead) {
}
