package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PilotEvidenceTest {

	@ParameterizedTest(name = "{0} of {1} met → {2}")
	@CsvSource({ "1, 2, true", "1, 3, false", "2, 4, true", "2, 5, false", "0, 1, false", "1, 1, true" })
	void shouldTellWhetherAtLeastHalfOfTheCriteriaWereMet(int criteriaMet, int criteriaCount, boolean expected) {
		// given
		PilotEvidence pilot = new PilotEvidence("Service desk takeover", 70.0, criteriaMet, criteriaCount);

		// when / then
		assertThat(pilot.metAtLeastHalf()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.1, 100.1 })
	void shouldRefuseScoreOutsideZeroToHundred(double score) {
		assertInvalidInput(() -> new PilotEvidence("Service desk takeover", score, 1, 2), "completedPilots",
				"the score of pilot \"Service desk takeover\" must be between 0 and 100, was " + score);
	}

	@ParameterizedTest(name = "{0} of {1}")
	@CsvSource({ "3, 2", "-1, 2", "0, 0" })
	void shouldRefuseImpossibleCriteriaCount(int criteriaMet, int criteriaCount) {
		assertInvalidInput(() -> new PilotEvidence("Service desk takeover", 70.0, criteriaMet, criteriaCount),
				"completedPilots", "pilot \"Service desk takeover\" cannot have met " + criteriaMet + " of "
						+ criteriaCount + " success criteria");
	}

}
