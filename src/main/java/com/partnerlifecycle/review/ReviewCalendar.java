package com.partnerlifecycle.review;

import java.time.LocalDate;
import java.time.Period;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.InvalidInputException;

/**
 * The review calendar (docs/rules.md "Review calendar"): review n is due at start + n ×
 * cadence; an improvement plan halves the step.
 */
@BusinessRule
public final class ReviewCalendar {

	private ReviewCalendar() {
	}

	/**
	 * The next review's due date: the first one cadence after the start, each next one a
	 * cadence (or half) later.
	 */
	public static LocalDate nextDueDate(LocalDate agreementStart, Period cadence, LocalDate lastDueDate,
			boolean lastWasImprovementPlan) {
		Period step = months(cadence);
		if (lastDueDate == null) {
			return agreementStart.plus(step);
		}
		return lastDueDate.plus(lastWasImprovementPlan ? halfOf(step) : step);
	}

	/** The day a review's process starts: its due date minus the scheduling lead. */
	public static LocalDate scheduleFrom(LocalDate dueDate, Period lead) {
		return dueDate.minus(lead);
	}

	/**
	 * Half a cadence: P6M → P3M, P12M → P6M, an odd number of months → half the months
	 * plus 15 days.
	 */
	public static Period halfOf(Period cadence) {
		long months = months(cadence).toTotalMonths();
		return Period.of(0, (int) (months / 2), months % 2 == 0 ? 0 : 15);
	}

	private static Period months(Period cadence) {
		if (cadence.getDays() != 0 || cadence.toTotalMonths() <= 0) {
			throw new InvalidInputException("reviewCadence",
					"must be a positive number of months or years, was " + cadence);
		}
		return Period.ofMonths((int) cadence.toTotalMonths());
	}

}
