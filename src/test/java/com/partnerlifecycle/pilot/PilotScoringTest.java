package com.partnerlifecycle.pilot;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static com.partnerlifecycle.pilot.CriterionRating.MET;
import static com.partnerlifecycle.pilot.CriterionRating.NOT_MET;
import static com.partnerlifecycle.pilot.CriterionRating.PARTLY_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PilotScoringTest {

	@Test
	void shouldScoreEverythingAtBestAsHundred() {
		// when
		PilotAssessmentScore result = PilotScoring.score(List.of(MET, MET), 5, 5, 5, 1);

		// then
		assertThat(result.score()).isEqualTo(100.0);
	}

	@Test
	void shouldScoreEverythingAtWorstAsZero() {
		// when
		PilotAssessmentScore result = PilotScoring.score(List.of(NOT_MET, NOT_MET), 1, 1, 1, 1);

		// then
		assertThat(result.score()).isEqualTo(0.0);
	}

	@Test
	void shouldWeighCriteriaSixtyAndDeliveryForty() {
		// given criteria average 0.5 → 30; delivery average 3 → 40 × 2 / 4 = 20
		List<CriterionRating> ratings = List.of(MET, PARTLY_MET, NOT_MET);

		// when
		PilotAssessmentScore result = PilotScoring.score(ratings, 4, 3, 2, 1);

		// then
		assertThat(result.score()).isEqualTo(50.0);
	}

	@Test
	void shouldRoundScoreToOneDecimal() {
		// given criteria average 2.5 / 3 → 50; delivery average 11 / 3 → 40 × (8 / 3) / 4
		// = 26.67
		List<CriterionRating> ratings = List.of(MET, MET, PARTLY_MET);

		// when
		PilotAssessmentScore result = PilotScoring.score(ratings, 4, 4, 3, 1);

		// then 76.67
		assertThat(result.score()).isEqualTo(76.7);
	}

	@Test
	void shouldRoundHalfUp() {
		// given criteria average 1.5 / 8 → 60 × 0.1875 = 11.25; delivery all 1 → 0
		List<CriterionRating> ratings = List.of(MET, PARTLY_MET, NOT_MET, NOT_MET, NOT_MET, NOT_MET, NOT_MET, NOT_MET);

		// when
		PilotAssessmentScore result = PilotScoring.score(ratings, 1, 1, 1, 1);

		// then
		assertThat(result.score()).isEqualTo(11.3);
	}

	@Test
	void shouldReportCriteriaAndDeliveryAverages() {
		// when
		PilotAssessmentScore result = PilotScoring.score(List.of(MET, MET, PARTLY_MET), 4, 4, 3, 1);

		// then 2.5 / 3 and 11 / 3
		assertThat(result.criteriaAverage()).isEqualTo(0.833);
		assertThat(result.deliveryAverage()).isEqualTo(3.67);
	}

	@Test
	void shouldCountCriteriaMetAndRated() {
		// when
		PilotAssessmentScore result = PilotScoring.score(List.of(MET, PARTLY_MET, MET, NOT_MET, NOT_MET), 3, 3, 3, 1);

		// then
		assertThat(result.criteriaMet()).isEqualTo(2);
		assertThat(result.criteriaCount()).isEqualTo(5);
	}

	@Test
	void shouldNotCountPartlyMetAsMet() {
		// when
		PilotAssessmentScore result = PilotScoring.score(List.of(PARTLY_MET, PARTLY_MET), 3, 3, 3, 1);

		// then
		assertThat(result.criteriaMet()).isZero();
		assertThat(result.metAtLeastHalf()).isFalse();
	}

	@ParameterizedTest(name = "{0} → met at least half: {1}")
	@CsvSource({ "MET PARTLY_MET, true", "MET PARTLY_MET NOT_MET, false", "MET MET NOT_MET PARTLY_MET, true",
			"MET NOT_MET NOT_MET NOT_MET, false", "MET, true", "NOT_MET, false" })
	void shouldTellWhetherAtLeastHalfOfTheCriteriaWereMet(String ratings, boolean expected) {
		// given
		List<CriterionRating> parsed = Arrays.stream(ratings.split(" ")).map(CriterionRating::valueOf).toList();

		// when
		PilotAssessmentScore result = PilotScoring.score(parsed, 3, 3, 3, 1);

		// then
		assertThat(result.metAtLeastHalf()).isEqualTo(expected);
	}

	@Test
	void shouldRequireAtLeastOneRating() {
		assertInvalidInput(() -> PilotScoring.score(List.of(), 3, 3, 3, 1), "criteriaRatings",
				"rate at least one success criterion");
	}

	@Test
	void shouldRequireARatingForEveryCriterion() {
		assertInvalidInput(() -> PilotScoring.score(Arrays.asList(MET, null), 3, 3, 3, 1), "criteriaRatings",
				"every success criterion needs a rating");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "qualityScore, 0", "qualityScore, 6", "costScore, 0", "costScore, 6", "timelinessScore, 0",
			"timelinessScore, 6" })
	void shouldRefuseScoreOutsideOneToFive(String field, int value) {
		// given
		int quality = field.equals("qualityScore") ? value : 3;
		int cost = field.equals("costScore") ? value : 3;
		int timeliness = field.equals("timelinessScore") ? value : 3;

		// when / then
		assertInvalidInput(() -> PilotScoring.score(List.of(MET), quality, cost, timeliness, 1), field,
				"must be between 1 and 5, was " + value);
	}

	@Test
	void shouldRequireADeliveredOutcome() {
		assertInvalidInput(() -> PilotScoring.score(List.of(MET), 3, 3, 3, 0), "deliveredOutcomes",
				"at least one concrete delivered outcome is required");
	}

}
