package com.partnerlifecycle.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * The thresholds of a business review (configuration, {@code partnership.review.*}).
 *
 * @param healthyAverage each side's average rating (1-5) must reach this for a healthy review; default 3
 * @param maxValueRatio the larger value received may be at most this multiple of the smaller; default 2
 * @param healthyReviewsForPartner this many healthy reviews in a row move the partnership to PARTNER mode; default 2
 * @param unhealthyReviewsForVendor this many unhealthy reviews in a row move it back to VENDOR mode; default 2
 * @param unhealthyReviewsToDissolve this many unhealthy reviews in a row recommend dissolving; default 3
 * @param gapFlaggedAt a perception gap (the two sides' ratings of one value apart) of at least this is flagged for
 * the meeting; default 1.5 (ratings are whole numbers: a gap of 2 or more)
 * @param oneSidedReview how a review counts in which a side did not rate before the deadline; default
 * {@link OneSidedReview#BREAKS_HEALTHY_STREAK}
 */
@ConfigurationProperties("partnership.review")
public record ReviewProperties(@DefaultValue("3") double healthyAverage, @DefaultValue("2") double maxValueRatio,
		@DefaultValue("2") int healthyReviewsForPartner, @DefaultValue("2") int unhealthyReviewsForVendor,
		@DefaultValue("3") int unhealthyReviewsToDissolve, @DefaultValue("1.5") double gapFlaggedAt,
		@DefaultValue("BREAKS_HEALTHY_STREAK") OneSidedReview oneSidedReview) {

	public ReviewProperties {
		if (!(healthyAverage >= 1 && healthyAverage <= 5)) {
			throw new InvalidInputException("healthyAverage", "must be between 1 and 5, was " + healthyAverage);
		}
		if (!(maxValueRatio >= 1)) {
			throw new InvalidInputException("maxValueRatio", "must be at least 1, was " + maxValueRatio);
		}
		requirePositive("healthyReviewsForPartner", healthyReviewsForPartner);
		requirePositive("unhealthyReviewsForVendor", unhealthyReviewsForVendor);
		requirePositive("unhealthyReviewsToDissolve", unhealthyReviewsToDissolve);
		if (!(gapFlaggedAt > 0 && gapFlaggedAt <= 4)) {
			throw new InvalidInputException("gapFlaggedAt", "must be more than 0 and at most 4, was " + gapFlaggedAt);
		}
		if (oneSidedReview == null) {
			throw new InvalidInputException("oneSidedReview", "is required");
		}
	}

	public static ReviewProperties defaults() {
		return new ReviewProperties(3, 2, 2, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK);
	}

	private static void requirePositive(String field, int count) {
		if (count < 1) {
			throw new InvalidInputException(field, "must be at least 1, was " + count);
		}
	}

}
