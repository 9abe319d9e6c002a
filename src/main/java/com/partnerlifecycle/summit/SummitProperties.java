package com.partnerlifecycle.summit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.partnerlifecycle.common.PositivePeriod;
import com.partnerlifecycle.common.Text;

/**
 * The annual partner summit's calendar (docs/rules.md "Annual partner summit"). Each year
 * on {@code opensOn} at {@code opensAt} the summit opens and the invitations go out; the
 * summit takes place {@code heldAfter} later at {@code startsAt}; proposals are due
 * {@code proposalsDueBefore} before it, with a reminder {@code remindBefore} the due
 * date. Times are in {@code partnership.zone}. A bad value stops the start with Spring
 * Boot's binding error naming the property.
 *
 * @param opensOn month and day the summit opens each year, "MM-DD" (02-29 opens on 02-28
 * in other years); default 01-15
 * @param opensAt time of day the invitations go out; default 08:00
 * @param heldAfter how long after opening the summit takes place; default P6W
 * @param startsAt time of day the summit starts; default 09:00
 * @param meetingMinutes how long the summit lasts; 30–1440, default 480
 * @param location where it takes place, for the calendar entry; one line of at most 200
 * characters
 * @param proposalsDueBefore proposals are due this long before the summit; default P14D
 * @param remindBefore partners who have not proposed are reminded this long before the
 * due date; default P3D; the reminder goes out after the opening
 * ({@link #isRemindedAfterOpening})
 * @param title the summit's name, followed by its year; one line of at most 195
 * characters, default "Annual partner summit"
 */
@Validated
@ConfigurationProperties("partnership.summit")
public record SummitProperties(
		@DefaultValue("01-15") @NotNull @Pattern(regexp = MONTH_DAY,
				message = "must be a month and day as MM-DD, was '${validatedValue}'") String opensOn,
		@DefaultValue("08:00") @NotNull LocalTime opensAt,
		@DefaultValue("P6W") @NotNull @PositivePeriod Period heldAfter,
		@DefaultValue("09:00") @NotNull LocalTime startsAt,
		@DefaultValue("480") @Min(value = 30, message = MEETING_MINUTES) @Max(value = 1440,
				message = MEETING_MINUTES) int meetingMinutes,
		@DefaultValue("Head office") @NotBlank @Size(max = 200) @Text.OneLine String location,
		@DefaultValue("P14D") @NotNull @PositivePeriod Period proposalsDueBefore,
		@DefaultValue("P3D") @NotNull @PositivePeriod Period remindBefore,
		@DefaultValue("Annual partner summit") @NotBlank @Size(max = 195) @Text.OneLine String title) {

	/** The days a year has: 01-31, 04-30, 02-29 (but no 02-30 or 04-31). */
	static final String MONTH_DAY = "(0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|02-(0[1-9]|[12]\\d)";

	static final String MEETING_MINUTES = "must be between 30 and 1440, was ${validatedValue}";

	MonthDay openingDay() {
		return MonthDay.parse("--" + opensOn);
	}

	/**
	 * Proposals are due, and the reminder goes out, after the summit opened: the calendar
	 * leaves time to propose.
	 */
	@AssertTrue(
			message = "proposalsDueBefore plus remindBefore must be shorter than heldAfter: partners are reminded after the summit opens")
	public boolean isRemindedAfterOpening() {
		if (heldAfter == null || proposalsDueBefore == null || remindBefore == null) {
			return true; // @NotNull says so
		}
		LocalDate opening = LocalDate.of(2000, 1, 1);
		return opening.plus(heldAfter).minus(proposalsDueBefore).minus(remindBefore).isAfter(opening);
	}

}
