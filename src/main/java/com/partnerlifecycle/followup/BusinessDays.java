package com.partnerlifecycle.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;

import com.partnerlifecycle.common.BusinessRule;

/** Business days: Monday to Friday. Plain Java. */
@BusinessRule
final class BusinessDays {

	private BusinessDays() {
	}

	/**
	 * The day {@code days} business days after {@code day} (the next business day is the
	 * first); never a weekend.
	 */
	static LocalDate after(LocalDate day, int days) {
		LocalDate result = day;
		for (int left = days; left > 0;) {
			result = result.plusDays(1);
			if (!isWeekend(result)) {
				left--;
			}
		}
		while (isWeekend(result)) {
			result = result.plusDays(1);
		}
		return result;
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
