package com.partnerlifecycle.summit;

import static com.partnerlifecycle.common.ConfigurationAssertions.assertRefused;
import static com.partnerlifecycle.common.ConfigurationAssertions.assertStartRefused;
import static com.partnerlifecycle.common.ConfigurationAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The summit's calendar: a day, a length or a period that cannot be stops the start,
 * naming the property.
 */
class SummitPropertiesTest {

	@EnableConfigurationProperties(SummitProperties.class)
	static class Configuration {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

	static SummitProperties opening(String opensOn, int meetingMinutes) {
		return new SummitProperties(opensOn, LocalTime.NOON, Period.ofWeeks(6), LocalTime.NOON, meetingMinutes,
				"Head office", Period.ofDays(14), Period.ofDays(3), "Summit");
	}

	@Test
	void shouldDefaultToMidJanuaryAndSixWeeksLater() {
		context.run(started -> assertThat(started.getBean(SummitProperties.class))
			.isEqualTo(new SummitProperties("01-15", LocalTime.of(8, 0), Period.ofWeeks(6), LocalTime.of(9, 0), 480,
					"Head office", Period.ofDays(14), Period.ofDays(3), "Annual partner summit")));
	}

	@Test
	void shouldRefuseAnOpeningDayOrLengthThatIsNotOne() {
		assertRefused(opening("15-01", 480), "opensOn", "must be a month and day as MM-DD, was '15-01'");
		assertRefused(opening("01-15", 10), "meetingMinutes", "must be between 30 and 1440, was 10");
	}

	@ParameterizedTest
	@ValueSource(strings = { "01-01", "01-31", "02-29", "04-30", "12-31" })
	void shouldTakeEveryDayOfTheYear(String opensOn) {
		assertValid(opening(opensOn, 480));
		assertThat(opening(opensOn, 480).openingDay()).isEqualTo(MonthDay.parse("--" + opensOn));
	}

	@ParameterizedTest
	@ValueSource(strings = { "00-10", "13-01", "02-30", "04-31", "1-15", "01-15x", "Jan 15" })
	void shouldRefuseADayThatNoYearHas(String opensOn) {
		assertRefused(opening(opensOn, 480), "opensOn", "must be a month and day as MM-DD, was '" + opensOn + "'");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "opens-on | 02-30 | opensOn | must be a month and day as MM-DD, was '02-30'",
			"meeting-minutes | 1441 | meetingMinutes | must be between 30 and 1440, was 1441",
			"held-after | P0D | heldAfter | must be a positive period such as P7D, was P0D",
			"proposals-due-before | P-1D | proposalsDueBefore | must be a positive period such as P7D, was P-1D",
			"remind-before | P0D | remindBefore | must be a positive period such as P7D, was P0D",
			"proposals-due-before | P40D | remindedAfterOpening | proposalsDueBefore plus remindBefore must be shorter than heldAfter: partners are reminded after the summit opens",
			"location | ' ' | location | must not be blank", "title | '' | title | must not be blank" })
	void shouldNotStartWithACalendarThatCannotBe(String property, String value, String field, String reason) {
		assertStartRefused(context, "partnership.summit." + property, value, field, reason);
	}

}
