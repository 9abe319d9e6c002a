package com.partnerlifecycle.followup;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * The follow-up of a review meeting (configuration, {@code partnership.follow-up.*}).
 *
 * @param minutesWithin business days after the meeting's day by which the minutes are due; default 2
 * @param acknowledgeWithin business days after the minutes by which the partner acknowledges them; default 5. Not
 * acknowledged by then, the executives decide without it.
 * @param remindBefore how long before an action item's due date its owner is reminded; default P7D
 */
@ConfigurationProperties("partnership.follow-up")
public record FollowUpProperties(@DefaultValue("2") int minutesWithin, @DefaultValue("5") int acknowledgeWithin,
		@DefaultValue("P7D") Period remindBefore) {

	public FollowUpProperties {
		if (minutesWithin < 0 || minutesWithin > 30) {
			throw new InvalidInputException("minutesWithin", "must be between 0 and 30 business days, was " + minutesWithin);
		}
		if (acknowledgeWithin < 1 || acknowledgeWithin > 30) {
			throw new InvalidInputException("acknowledgeWithin",
					"must be between 1 and 30 business days, was " + acknowledgeWithin);
		}
		if (remindBefore == null || remindBefore.isNegative() || remindBefore.isZero()) {
			throw new InvalidInputException("remindBefore", "must be a positive period such as P7D, was " + remindBefore);
		}
	}

}
