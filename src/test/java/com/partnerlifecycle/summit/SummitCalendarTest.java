package com.partnerlifecycle.summit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import com.partnerlifecycle.common.BusinessTime;

/**
 * When the yearly summit opens: the configured day and time, in the business zone, always
 * in the future.
 */
class SummitCalendarTest {

	static SummitService calendar(String opensOn, String zone) {
		SummitProperties properties = new SummitProperties(opensOn, LocalTime.of(8, 0), Period.ofWeeks(6),
				LocalTime.of(9, 0), 480, "Head office", Period.ofDays(14), Period.ofDays(3), "Annual partner summit");
		return new SummitService(null, null, null, null, properties, new BusinessTime(zone), null, null, null);
	}

	@Test
	void shouldOpenThisYearBeforeTheDayAndNextYearOnOrAfterIt() {
		SummitService summits = calendar("01-15", "Europe/Berlin");
		assertThat(summits.nextOpening(Instant.parse("2026-12-01T10:00:00Z")))
			.isEqualTo(ZonedDateTime.parse("2027-01-15T08:00:00+01:00[Europe/Berlin]"));
		assertThat(summits.nextOpening(Instant.parse("2027-01-15T06:59:59Z"))).as("a second before 08:00 in Berlin")
			.isEqualTo(ZonedDateTime.parse("2027-01-15T08:00:00+01:00[Europe/Berlin]"));
		assertThat(summits.nextOpening(Instant.parse("2027-01-15T07:00:00Z"))).as("exactly at opening: the next year")
			.isEqualTo(ZonedDateTime.parse("2028-01-15T08:00:00+01:00[Europe/Berlin]"));
	}

	@Test
	void shouldGiveTheTimerACycleStartingOnTheNextOpening() {
		assertThat(calendar("03-01", "UTC").schedule()).matches("R/\\d{4}-03-01T08:00:00Z/P1Y");
	}

	@Test
	void shouldOpenOnFebruary28InAYearWithoutFebruary29() {
		assertThat(calendar("02-29", "UTC").nextOpening(Instant.parse("2027-01-01T00:00:00Z")))
			.isEqualTo(ZonedDateTime.parse("2027-02-28T08:00:00Z[UTC]"));
	}

}
