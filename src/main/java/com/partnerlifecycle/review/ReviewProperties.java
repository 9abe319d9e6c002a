package com.partnerlifecycle.review;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.partnerlifecycle.common.Score;

/**
 * The thresholds of a business review (configuration, {@code partnership.review.*}). A
 * value out of its range stops the start with Spring Boot's binding error naming the
 * property.
 *
 * @param healthyAverage each side's average rating (a {@link Score}, 1-5) must reach this
 * for a healthy review; default 3
 * @param maxValueRatio the larger value received may be at most this multiple of the
 * smaller; at least 1, default 2
 * @param healthyReviewsForPartner this many healthy reviews in a row move the partnership
 * to PARTNER mode; default 2
 * @param unhealthyReviewsForVendor this many unhealthy reviews in a row move it back to
 * VENDOR mode; default 2
 * @param unhealthyReviewsToDissolve this many unhealthy reviews in a row recommend
 * dissolving; default 3
 * @param gapFlaggedAt a perception gap (the two sides' ratings of one value apart) of at
 * least this is flagged for the meeting; more than 0 and at most 4 (the widest gap on the
 * scale), default 1.5 (ratings are whole numbers: a gap of 2 or more)
 * @param oneSidedReview how a review counts in which a side did not rate before the
 * deadline; default {@link OneSidedReview#BREAKS_HEALTHY_STREAK}
 */
@Validated
@ConfigurationProperties("partnership.review")
public record ReviewProperties(
		@DefaultValue("3") @DecimalMin(value = "" + Score.MIN, message = ON_THE_SCALE) @DecimalMax(
				value = "" + Score.MAX, message = ON_THE_SCALE) double healthyAverage,
		@DefaultValue("2") @DecimalMin(value = "1",
				message = "must be at least 1, was ${validatedValue}") double maxValueRatio,
		@DefaultValue("2") @Min(value = 1, message = AT_LEAST_ONE) int healthyReviewsForPartner,
		@DefaultValue("2") @Min(value = 1, message = AT_LEAST_ONE) int unhealthyReviewsForVendor,
		@DefaultValue("3") @Min(value = 1, message = AT_LEAST_ONE) int unhealthyReviewsToDissolve,
		@DefaultValue("1.5") @DecimalMin(value = "0", inclusive = false,
				message = GAP) @DecimalMax(value = "" + (Score.MAX - Score.MIN), message = GAP) double gapFlaggedAt,
		@DefaultValue("BREAKS_HEALTHY_STREAK") @NotNull(message = "is required") OneSidedReview oneSidedReview) {

	static final String ON_THE_SCALE = "must be between " + Score.MIN + " and " + Score.MAX + ", was ${validatedValue}";

	static final String AT_LEAST_ONE = "must be at least 1, was ${validatedValue}";

	static final String GAP = "must be more than 0 and at most " + (Score.MAX - Score.MIN) + ", was ${validatedValue}";

	public static ReviewProperties defaults() {
		return new ReviewProperties(3, 2, 2, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK);
	}

}
