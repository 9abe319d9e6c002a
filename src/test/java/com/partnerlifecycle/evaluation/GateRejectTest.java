package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.evaluation.GateInputBuilder.aGateInput;
import static com.partnerlifecycle.evaluation.GateInputBuilder.pilot;
import static com.partnerlifecycle.pilot.CriterionRating.PARTLY_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.partnerlifecycle.pilot.PilotAssessmentScore;
import com.partnerlifecycle.pilot.PilotScoring;

class GateRejectTest {

	private final GateRules rules = new GateRules(GateProperties.defaults());

	@Test
	void shouldRejectGateScoreJustBelowTheRejectLine() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(49.9).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("Gate score 49.9 is below the reject line of 50");
	}

	@Test
	void shouldNotRejectGateScoreOnTheRejectLine() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(50.0).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.EXTEND_PILOTS);
	}

	@Test
	void shouldRejectWhenNoCompletedPilotMetHalfOfItsCriteria() {
		// given a good score, but only 1 of 3 criteria met
		GateInput input = aGateInput().withCompletedPilots(pilot(80.0, 1, 3)).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("No completed pilot met at least half of its success criteria");
	}

	@ParameterizedTest(name = "{0} of {1} criteria met → {2}")
	@CsvSource({ "1, 2, PROCEED", "1, 3, REJECT", "2, 4, PROCEED" })
	void shouldCountHalfOfTheCriteriaMetAsEnough(int criteriaMet, int criteriaCount, GateDecision expected) {
		// given
		GateInput input = aGateInput().withCompletedPilots(pilot(80.0, criteriaMet, criteriaCount)).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.recommendation()).isEqualTo(expected);
	}

	@Test
	void shouldNotRejectWhenOneOfSeveralPilotsMetHalfOfItsCriteria() {
		// given
		GateInput input = aGateInput().withCompletedPilots(pilot(80.0, 0, 3), pilot(80.0, 2, 3)).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
	}

	@Test
	void shouldRejectPilotWhoseCriteriaWereOnlyPartlyMet() {
		// given all criteria partly met and top delivery: pilot score 30 + 40 = 70, yet
		// no criterion met
		PilotAssessmentScore assessed = PilotScoring.score(List.of(PARTLY_MET, PARTLY_MET), 5, 5, 5, 1);
		PilotEvidence evidence = new PilotEvidence("Service desk takeover", assessed.score(), assessed.criteriaMet(),
				assessed.criteriaCount());
		GateInput input = aGateInput().withCompletedPilots(evidence).withVettingScore(100.0).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then gate score 79 would proceed
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("No completed pilot met at least half of its success criteria");
	}

	@Test
	void shouldRejectWhenTheBuyersBenefitsAreNotStated() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withoutBuyerBenefits().build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("The mutual-benefit statement lacks the buyer's benefits");
	}

	@Test
	void shouldRejectWhenTheProvidersBenefitsAreNotStated() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withoutProviderBenefits().build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("The mutual-benefit statement lacks the provider's benefits");
	}

	@Test
	void shouldCollectEveryRejectReason() {
		// given
		GateInput input = aGateInput().withCompletedPilots(pilot(40.0, 1, 4))
			.withVettingScore(40.0)
			.withoutBuyerBenefits()
			.withoutProviderBenefits()
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.reasons()).containsExactly("No completed pilot met at least half of its success criteria",
				"The mutual-benefit statement lacks the buyer's benefits",
				"The mutual-benefit statement lacks the provider's benefits",
				"Gate score 40.0 is below the reject line of 50");
	}

	@Test
	void shouldNotJudgeCriteriaWithoutACompletedPilot() {
		// given no evidence either way, and a missing benefit
		GateInput input = aGateInput().withCompletedPilots().withoutProviderBenefits().build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("The mutual-benefit statement lacks the provider's benefits");
	}

}
