package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review n is due at start + n × cadence; an improvement plan brings the next one forward
 * to half the cadence.
 */
class ReviewCalendarTest {

	static final LocalDate START = LocalDate.of(2026, 1, 31);

	@Test
	void shouldDueTheFirstReviewOneCadenceAfterTheStart() {
		assertThat(ReviewCalendar.nextDueDate(START, Period.ofMonths(6), null, false)).isEqualTo("2026-07-31");
	}

	@Test
	void shouldDueEachNextReviewOneCadenceLater() {
		LocalDate first = ReviewCalendar.nextDueDate(START, Period.ofMonths(6), null, false);

		assertThat(ReviewCalendar.nextDueDate(START, Period.ofMonths(6), first, false)).isEqualTo("2027-01-31");
	}

	@Test
	void shouldBringTheNextReviewForwardAfterAnImprovementPlan() {
		assertThat(ReviewCalendar.nextDueDate(START, Period.ofMonths(6), LocalDate.of(2026, 7, 31), true))
			.isEqualTo("2026-10-31");
	}

	@Test
	void shouldReviewAnnuallyWithATwelveMonthCadence() {
		assertThat(ReviewCalendar.nextDueDate(START, Period.parse("P12M"), null, false)).isEqualTo("2027-01-31");
		assertThat(ReviewCalendar.nextDueDate(START, Period.parse("P1Y"), null, false)).isEqualTo("2027-01-31");
	}

	@Test
	void shouldReviewQuarterlyWithAThreeMonthCadence() {
		LocalDate first = ReviewCalendar.nextDueDate(START, Period.parse("P3M"), null, false);

		assertThat(first).isEqualTo("2026-04-30");
		assertThat(ReviewCalendar.nextDueDate(START, Period.parse("P3M"), first, false)).isEqualTo("2026-07-30");
		assertThat(ReviewCalendar.nextDueDate(START, Period.parse("P3M"), first, true)).isEqualTo("2026-06-14");
	}

	@ParameterizedTest
	@CsvSource({ "P6M, P3M", "P12M, P6M", "P1Y, P6M", "P3M, P1M15D" })
	void shouldHalveACadence(String cadence, String half) {
		assertThat(ReviewCalendar.halfOf(Period.parse(cadence))).isEqualTo(Period.parse(half));
	}

	@Test
	void shouldStartAReviewTheLeadBeforeItsDueDate() {
		assertThat(ReviewCalendar.scheduleFrom(LocalDate.of(2026, 7, 31), Period.ofDays(14))).isEqualTo("2026-07-17");
	}

	@ParameterizedTest
	@ValueSource(strings = { "P14D", "P0M", "P-6M", "P6M3D" })
	void shouldRefuseACadenceThatIsNotMonthsOrYears(String cadence) {
		assertThatThrownBy(() -> ReviewCalendar.nextDueDate(START, Period.parse(cadence), null, false))
			.hasMessageStartingWith("reviewCadence:");
	}

}
