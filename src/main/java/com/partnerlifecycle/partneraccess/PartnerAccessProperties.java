package com.partnerlifecycle.partneraccess;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Single-use links for partner contacts (configuration,
 * {@code partnership.partner-access.*}; docs/operations.md). A value out of its range
 * stops the start with Spring Boot's binding error naming the property.
 *
 * @param linkLifetime how long a link signs in after it is mailed (never after its task
 * ends); PT1M–P60D, default P14D
 * @param sessionLifetime how long a session opened by a link lasts at most (it also ends
 * with its task); PT1M–PT12H, default PT60M
 * @param attemptsPerClient uses of the landing page's buttons per client address within
 * {@code limitPeriod}
 * @param attemptsPerLink uses of one link's buttons within {@code limitPeriod}
 * @param limitPeriod the window of both limits above; default PT10M
 * @param resendsPerContact new links mailed to one contact within {@code resendPeriod}
 * @param resendPeriod the window of the resend limit; default PT24H
 */
@Validated
@ConfigurationProperties("partnership.partner-access")
public record PartnerAccessProperties(
		@DefaultValue("P14D") @NotNull @DurationMin(minutes = 1, message = LINK_LIFETIME) @DurationMax(days = 60,
				message = LINK_LIFETIME) Duration linkLifetime,
		@DefaultValue("PT60M") @NotNull @DurationMin(minutes = 1, message = SESSION_LIFETIME) @DurationMax(hours = 12,
				message = SESSION_LIFETIME) Duration sessionLifetime,
		@DefaultValue("20") @Min(value = 1, message = AT_LEAST_ONE) int attemptsPerClient,
		@DefaultValue("10") @Min(value = 1, message = AT_LEAST_ONE) int attemptsPerLink,
		@DefaultValue("PT10M") @NotNull @DurationMin(seconds = 1, message = POSITIVE) Duration limitPeriod,
		@DefaultValue("3") @Min(value = 1, message = AT_LEAST_ONE) int resendsPerContact,
		@DefaultValue("PT24H") @NotNull @DurationMin(seconds = 1, message = POSITIVE) Duration resendPeriod) {

	static final String LINK_LIFETIME = "must be between PT1M and P60D, was ${validatedValue}";

	static final String SESSION_LIFETIME = "must be between PT1M and PT12H, was ${validatedValue}";

	static final String AT_LEAST_ONE = "must be at least 1, was ${validatedValue}";

	static final String POSITIVE = "must be a positive duration such as PT10M, was ${validatedValue}";

}
