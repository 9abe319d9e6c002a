package com.partnerlifecycle.review;

import static com.partnerlifecycle.common.ConfigurationAssertions.assertStartRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The review calendar's periods and currency: a bad one stops the start, naming the
 * property.
 */
class ReviewCalendarPropertiesTest {

	@EnableConfigurationProperties(ReviewCalendarProperties.class)
	static class Configuration {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

	@Test
	void shouldDefaultToTheDesignedCalendar() {
		context.run(started -> assertThat(started.getBean(ReviewCalendarProperties.class))
			.isEqualTo(new ReviewCalendarProperties(Period.ofDays(14), Period.ofDays(3), Period.ofDays(7), "EUR",
					Period.ofDays(3), Period.ofDays(1))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "scheduling-lead | P0D | schedulingLead | must be a positive period such as P7D, was P0D",
					"rating-period | P-1D | ratingPeriod | must be a positive period such as P7D, was P-1D",
					"overdue-after | P0D | overdueAfter | must be a positive period such as P7D, was P0D",
					"prepare-before | P1M-40D | prepareBefore | must be a positive period such as P7D, was P1M-40D",
					"rating-lead | P0D | ratingLead | must be a positive period such as P7D, was P0D",
					"currency | euro | currency | must be a currency code such as EUR, was 'euro'" })
	void shouldNotStartWithAPeriodThatIsNoneOrACurrencyThatIsNoCode(String property, String value, String field,
			String reason) {
		assertStartRefused(context, "partnership.review-calendar." + property, value, field, reason);
	}

}
