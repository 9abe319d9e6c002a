package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * A review meeting lasts 15 to 480 minutes, at both thresholds; the field is the door's
 * name for it.
 */
class MeetingRulesTest {

	@ParameterizedTest
	@ValueSource(ints = { 15, 60, 480 })
	void shouldAcceptALengthInRange(int meetingDurationMinutes) {
		assertThatCode(() -> MeetingRules.requireDuration("durationMinutes", meetingDurationMinutes))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, 0, 14, 481, Integer.MAX_VALUE })
	void shouldRefuseALengthOutOfRange(int meetingDurationMinutes) {
		assertThatThrownBy(() -> MeetingRules.requireDuration("meetingDurationMinutes", meetingDurationMinutes))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("meetingDurationMinutes: must be between 15 and 480, was " + meetingDurationMinutes);
	}

}
