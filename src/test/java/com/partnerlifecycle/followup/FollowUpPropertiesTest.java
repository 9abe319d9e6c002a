package com.partnerlifecycle.followup;

import static com.partnerlifecycle.common.ConfigurationAssertions.assertStartRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The follow-up's deadlines: a value out of its range stops the start, naming the
 * property.
 */
class FollowUpPropertiesTest {

	@EnableConfigurationProperties(FollowUpProperties.class)
	static class Configuration {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

	@Test
	void shouldDefaultToTwoAndFiveBusinessDaysAndAWeek() {
		context.run(started -> assertThat(started.getBean(FollowUpProperties.class))
			.isEqualTo(new FollowUpProperties(2, 5, Period.ofDays(7))));
	}

	@Test
	void shouldAllowMinutesOnTheMeetingsDay() {
		context.withPropertyValues("partnership.follow-up.minutes-within=0")
			.run(started -> assertThat(started.getBean(FollowUpProperties.class).minutesWithin()).isZero());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "minutes-within | -1 | minutesWithin | must be between 0 and 30 business days, was -1",
					"minutes-within | 31 | minutesWithin | must be between 0 and 30 business days, was 31",
					"acknowledge-within | 0 | acknowledgeWithin | must be between 1 and 30 business days, was 0",
					"acknowledge-within | 31 | acknowledgeWithin | must be between 1 and 30 business days, was 31",
					"remind-before | P0D | remindBefore | must be a positive period such as P7D, was P0D",
					"remind-before | P-3D | remindBefore | must be a positive period such as P7D, was P-3D" })
	void shouldNotStartWithAValueOutOfItsRange(String property, String value, String field, String reason) {
		assertStartRefused(context, "partnership.follow-up." + property, value, field, reason);
	}

}
