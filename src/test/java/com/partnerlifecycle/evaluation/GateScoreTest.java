package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.evaluation.GateInputBuilder.aGateInput;
import static com.partnerlifecycle.evaluation.GateInputBuilder.pilot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateScoreTest {

	private final GateRules rules = new GateRules(GateProperties.defaults());

	@Test
	void shouldWeighPilotsSeventyAndVettingThirty() {
		// given pilot average 70 → 49; vetting 50 → 15
		GateInput input = aGateInput().withCompletedPilots(pilot(80.0), pilot(60.0)).withVettingScore(50.0).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.gateScore()).isEqualTo(64.0);
	}

	@Test
	void shouldAverageTheCompletedPilots() {
		// given (70 + 80 + 75.5) / 3 = 75.17
		GateInput input = aGateInput().withCompletedPilots(pilot(70.0), pilot(80.0), pilot(75.5)).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.pilotScoreAverage()).isEqualTo(75.2);
	}

	@Test
	void shouldRoundGateScoreHalfUp() {
		// given 0.7 × 40.3 + 0.3 × 70.8 = 28.21 + 21.24 = 49.45 (49.449999… in floating
		// point)
		GateInput input = aGateInput().withCompletedPilots(pilot(40.3)).withVettingScore(70.8).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.gateScore()).isEqualTo(49.5);
	}

	@Test
	void shouldComputeGateScoreFromTheUnroundedPilotAverage() {
		// given average 180.2 / 3 = 60.067 (shown as 60.1): 0.7 × 60.067 + 15 = 57.047;
		// from 60.1 it would be 57.07 → 57.1
		GateInput input = aGateInput().withCompletedPilots(pilot(60.0), pilot(60.1), pilot(60.1))
			.withVettingScore(50.0)
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.gateScore()).isEqualTo(57.0);
	}

	@Test
	void shouldHaveNoScoresWithoutACompletedPilot() {
		// given
		GateInput input = aGateInput().withCompletedPilots().build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.gateScore()).isNull();
		assertThat(outcome.pilotScoreAverage()).isNull();
	}

	@Test
	void shouldReportTheVettingScoreItWeighed() {
		// given
		GateInput input = aGateInput().withVettingScore(58.3).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.vettingScore()).isEqualTo(58.3);
	}

}
