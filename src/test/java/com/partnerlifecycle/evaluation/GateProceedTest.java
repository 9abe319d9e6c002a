package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.evaluation.GateInputBuilder.aGateInput;
import static com.partnerlifecycle.evaluation.GateInputBuilder.pilot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateProceedTest {

	private final GateRules rules = new GateRules(GateProperties.defaults());

	@Test
	void shouldProceedWithEveryPositiveReason() {
		// given 0.7 × 80 + 0.3 × 75 = 56 + 22.5
		GateInput input = aGateInput().withCompletedPilots(pilot(80.0, 2, 3), pilot(80.0, 0, 2))
			.withVettingScore(75.0)
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
		assertThat(outcome.reasons()).containsExactly("Gate score 78.5 reaches the proceed line of 70",
				"2 pilots completed, at least 1 required",
				"1 of 2 completed pilots met at least half of their success criteria",
				"The mutual-benefit statement states both the buyer's and the provider's benefits");
	}

	@Test
	void shouldNameASinglePilotInTheSingular() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withCompletedPilots(pilot(80.0)).build());

		// then
		assertThat(outcome.reasons()).contains("1 pilot completed, at least 1 required");
	}

}
