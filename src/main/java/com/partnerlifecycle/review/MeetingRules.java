package com.partnerlifecycle.review;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.InvalidInputException;

/**
 * The review meeting's length (docs/rules.md "Review calendar"): 15 to 480 minutes,
 * whether scheduled in Tasklist or moved through the API. The doors name the field as
 * their wire does; the bounds and the message are these.
 */
@BusinessRule
public final class MeetingRules {

	public static final int MIN_DURATION_MINUTES = 15;

	public static final int MAX_DURATION_MINUTES = 480;

	/**
	 * The reason a length out of range is refused (a constant, so Bean Validation bounds
	 * can say it too).
	 */
	public static final String DURATION_RANGE = "must be between " + MIN_DURATION_MINUTES + " and "
			+ MAX_DURATION_MINUTES;

	private MeetingRules() {
	}

	/**
	 * Refuses a meeting length out of range, naming {@code field} (the door's name for
	 * it).
	 */
	public static void requireDuration(String field, int meetingDurationMinutes) {
		if (meetingDurationMinutes < MIN_DURATION_MINUTES || meetingDurationMinutes > MAX_DURATION_MINUTES) {
			throw new InvalidInputException(field, DURATION_RANGE + ", was " + meetingDurationMinutes);
		}
	}

}
