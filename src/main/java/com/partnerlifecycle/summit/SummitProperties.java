package com.partnerlifecycle.summit;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The annual partner summit's calendar (docs/rules.md "Annual partner summit"). Each year on {@code opensOn} at
 * {@code opensAt} the summit opens and the invitations go out; the summit takes place {@code heldAfter} later at
 * {@code startsAt}; proposals are due {@code proposalsDueBefore} before it, with a reminder {@code remindBefore}
 * the due date. Times are in {@code partnership.zone}.
 *
 * @param opensOn month and day the summit opens each year, "MM-DD"; default 01-15
 * @param opensAt time of day the invitations go out; default 08:00
 * @param heldAfter how long after opening the summit takes place; default P6W
 * @param startsAt time of day the summit starts; default 09:00
 * @param meetingMinutes how long the summit lasts; default 480
 * @param location where it takes place, for the calendar entry
 * @param proposalsDueBefore proposals are due this long before the summit; default P14D
 * @param remindBefore partners who have not proposed are reminded this long before the due date; default P3D
 * @param title the summit's name, followed by its year; default "Annual partner summit"
 */
@ConfigurationProperties("partnership.summit")
public record SummitProperties(@DefaultValue("01-15") String opensOn, @DefaultValue("08:00") LocalTime opensAt,
		@DefaultValue("P6W") Period heldAfter, @DefaultValue("09:00") LocalTime startsAt,
		@DefaultValue("480") int meetingMinutes, @DefaultValue("Head office") String location,
		@DefaultValue("P14D") Period proposalsDueBefore, @DefaultValue("P3D") Period remindBefore,
		@DefaultValue("Annual partner summit") String title) {

	public SummitProperties {
		openingDay(opensOn);
		if (meetingMinutes < 30 || meetingMinutes > 1440) {
			throw new IllegalArgumentException("partnership.summit.meeting-minutes must be between 30 and 1440, was "
					+ meetingMinutes);
		}
	}

	MonthDay openingDay() {
		return openingDay(opensOn);
	}

	private static MonthDay openingDay(String value) {
		try {
			return MonthDay.parse("--" + value);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("partnership.summit.opens-on must be a month and day as MM-DD, was '"
					+ value + "'", e);
		}
	}

}
