package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.evaluation.GateInputBuilder.aGateInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateCustomThresholdsTest {

	@Test
	void shouldRejectBelowARaisedRejectLine() {
		// given 55 is in the default grey zone
		GateRules rules = new GateRules(new GateProperties(60, 70, 1, 2, 0.5));

		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(55.0).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("Gate score 55.0 is below the reject line of 60");
	}

	@Test
	void shouldExtendBelowARaisedProceedLine() {
		// given 75 proceeds by default
		GateRules rules = new GateRules(new GateProperties(50, 80, 1, 2, 0.5));

		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(75.0).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.EXTEND_PILOTS);
		assertThat(outcome.reasons()).first().isEqualTo("Gate score 75.0 is in the grey zone (50–80)");
	}

	@Test
	void shouldNameFractionalLinesAsConfigured() {
		// given
		GateRules rules = new GateRules(new GateProperties(52.5, 72.5, 1, 2, 0.5));

		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(60.0).build());

		// then
		assertThat(outcome.reasons()).first().isEqualTo("Gate score 60.0 is in the grey zone (52.5–72.5)");
	}

	@Test
	void shouldRejectGreyZoneAtOnceWhenNoExtensionIsAllowed() {
		// given
		GateRules rules = new GateRules(new GateProperties(50, 70, 1, 0, 0.5));

		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(64.0).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("Gate score 64.0 is in the grey zone (50–70)",
				"Pilot phase already extended 0 times (the maximum is 0): still unproven");
	}

	@Test
	void shouldProceedWithoutGreyZoneWhenTheLinesMeet() {
		// given
		GateRules rules = new GateRules(new GateProperties(60, 60, 1, 2, 0.5));

		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(60.0).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
	}

}
