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
 */
@ConfigurationProperties("partnership.review")
public record ReviewProperties(@DefaultValue("3") double healthyAverage, @DefaultValue("2") double maxValueRatio,
		@DefaultValue("2") int healthyReviewsForPartner, @DefaultValue("2") int unhealthyReviewsForVendor,
		@DefaultValue("3") int unhealthyReviewsToDissolve) {

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
	}

	public static ReviewProperties defaults() {
		return new ReviewProperties(3, 2, 2, 2, 3);
	}

	private static void requirePositive(String field, int count) {
		if (count < 1) {
			throw new InvalidInputException(field, "must be at least 1, was " + count);
		}
	}

}
