package com.partnerlifecycle.common;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one scale of scores and ratings, 1 to 5, at both of its ends. */
class ScoreTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void shouldTakeOneToFive(int score) {
		assertThat(Score.isScore(score)).isTrue();
		assertThat(Score.require("qualityScore", score)).isEqualTo(score);
	}

	@ParameterizedTest
	@ValueSource(ints = { Integer.MIN_VALUE, -1, 0, 6, Integer.MAX_VALUE })
	void shouldRefuseAnythingElseNamingTheField(int score) {
		assertThat(Score.isScore(score)).isFalse();
		assertInvalidInput(() -> Score.require("qualityScore", score), "qualityScore",
				"must be between 1 and 5, was " + score);
	}

}
