package com.partnerlifecycle.review;

import static com.partnerlifecycle.common.ConfigurationAssertions.assertRefused;
import static com.partnerlifecycle.common.ConfigurationAssertions.assertStartRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A business review's thresholds: one that makes no sense stops the start, naming the
 * property.
 */
class ReviewPropertiesTest {

	@EnableConfigurationProperties(ReviewProperties.class)
	static class Configuration {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

	@Test
	void shouldDefaultToTheDesignedThresholds() {
		context
			.run(started -> assertThat(started.getBean(ReviewProperties.class)).isEqualTo(ReviewProperties.defaults()));
	}

	@Test
	void shouldRefuseThresholdsThatMakeNoSense() {
		assertRefused(new ReviewProperties(6, 2, 2, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK), "healthyAverage",
				"must be between 1 and 5, was 6.0");
		assertRefused(new ReviewProperties(3, 0.5, 2, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK), "maxValueRatio",
				"must be at least 1, was 0.5");
		assertRefused(new ReviewProperties(3, 2, 0, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK),
				"healthyReviewsForPartner", "must be at least 1, was 0");
	}

	@Test
	void shouldRefuseAnUnconfiguredOneSidedSettingAndAGapThresholdOutOfRange() {
		assertRefused(new ReviewProperties(3, 2, 2, 2, 3, 1.5, null), "oneSidedReview", "is required");
		assertRefused(new ReviewProperties(3, 2, 2, 2, 3, 0, OneSidedReview.IGNORED), "gapFlaggedAt",
				"must be more than 0 and at most 4, was 0.0");
		assertRefused(new ReviewProperties(3, 2, 2, 2, 3, 4.5, OneSidedReview.IGNORED), "gapFlaggedAt",
				"must be more than 0 and at most 4, was 4.5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "healthy-average | 0.5 | healthyAverage | must be between 1 and 5, was 0.5",
					"max-value-ratio | 0.9 | maxValueRatio | must be at least 1, was 0.9",
					"unhealthy-reviews-for-vendor | 0 | unhealthyReviewsForVendor | must be at least 1, was 0",
					"unhealthy-reviews-to-dissolve | 0 | unhealthyReviewsToDissolve | must be at least 1, was 0",
					"gap-flagged-at | 5 | gapFlaggedAt | must be more than 0 and at most 4, was 5.0" })
	void shouldNotStartWithAThresholdOutOfItsRange(String property, String value, String field, String reason) {
		assertStartRefused(context, "partnership.review." + property, value, field, reason);
	}

}
