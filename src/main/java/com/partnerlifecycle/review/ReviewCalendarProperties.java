package com.partnerlifecycle.review;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review calendar (docs/rules.md "Review calendar"), ISO-8601 periods.
 *
 * @param schedulingLead a review's process starts this long before its due date; default P14D
 * @param ratingPeriod both sides rate within this period after the meeting; default P3D
 * @param overdueAfter no decision this long after the due date or the meeting, whichever is later, makes the
 * review overdue; default P7D
 * @param currency the one currency values are stated in; default EUR
 * @param prepareBefore the reminder to prepare goes out this long before the meeting; default P3D
 * @param ratingLead both sides rate this long before the meeting at the latest (the rating deadline, when both
 * sides' ratings are revealed); a meeting is set at least this plus one day ahead; default P1D
 */
@ConfigurationProperties("partnership.review-calendar")
public record ReviewCalendarProperties(@DefaultValue("P14D") Period schedulingLead,
		@DefaultValue("P3D") Period ratingPeriod, @DefaultValue("P7D") Period overdueAfter,
		@DefaultValue("EUR") String currency, @DefaultValue("P3D") Period prepareBefore,
		@DefaultValue("P1D") Period ratingLead) {
}
