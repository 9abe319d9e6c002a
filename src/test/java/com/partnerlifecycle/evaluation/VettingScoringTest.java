package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VettingScoringTest {

	@ParameterizedTest(name = "answers {0}, {1}, {2} → {3}")
	@CsvSource({ "5, 5, 5, 100.0", // average 5 → 100 × 4 / 4
			"1, 1, 1, 0.0", // average 1 → 0
			"3, 3, 3, 50.0", // average 3 → 100 × 2 / 4
			"4, 3, 3, 58.3", // average 10 / 3 → 100 × (7 / 3) / 4 = 58.33
			"4, 4, 3, 66.7", // average 11 / 3 → 100 × (8 / 3) / 4 = 66.67
			"5, 1, 2, 41.7" }) // average 8 / 3 → 100 × (5 / 3) / 4 = 41.67
	void shouldScoreTheAverageAnswerOnZeroToHundred(int successAgreed, int mutualUnderstanding, int sameTeam,
			double expected) {
		// when
		double score = VettingScoring.score(successAgreed, mutualUnderstanding, sameTeam);

		// then
		assertThat(score).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "vettingSuccessAgreed, 0", "vettingSuccessAgreed, 6", "vettingMutualUnderstanding, 0",
			"vettingMutualUnderstanding, 6", "vettingSameTeam, 0", "vettingSameTeam, 6" })
	void shouldRefuseAnswerOutsideOneToFive(String field, int value) {
		// given
		int successAgreed = field.equals("vettingSuccessAgreed") ? value : 3;
		int mutualUnderstanding = field.equals("vettingMutualUnderstanding") ? value : 3;
		int sameTeam = field.equals("vettingSameTeam") ? value : 3;

		// when / then
		assertInvalidInput(() -> VettingScoring.score(successAgreed, mutualUnderstanding, sameTeam), field,
				"must be between 1 and 5, was " + value);
	}

}
