package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.evaluation.GateInputBuilder.aGateInput;
import static com.partnerlifecycle.evaluation.GateInputBuilder.pilot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatePilotPhaseTest {

	private final GateRules rules = new GateRules(GateProperties.defaults());

	@Test
	void shouldExtendGateScoreJustBelowTheProceedLine() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(69.9).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.EXTEND_PILOTS);
		assertThat(outcome.reasons()).containsExactly("Gate score 69.9 is in the grey zone (50–70)",
				"Pilot phase extended 0 of at most 2 times so far");
	}

	@Test
	void shouldProceedWithGateScoreOnTheProceedLine() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(70.0).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
	}

	@Test
	void shouldExtendWithoutACompletedPilot() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withCompletedPilots().build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.EXTEND_PILOTS);
		assertThat(outcome.reasons()).containsExactly("Only 0 of the required 1 pilots completed",
				"Pilot phase extended 0 of at most 2 times so far");
	}

	@Test
	void shouldProceedWithOneCompletedPilotByDefault() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withCompletedPilots(pilot(80.0)).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
	}

	@Test
	void shouldExtendWhenFewerPilotsCompletedThanACustomMinimum() {
		// given
		GateRules twoPilotsRequired = new GateRules(new GateProperties(50, 70, 2, 2, 0.5));

		// when
		GateOutcome outcome = twoPilotsRequired.recommend(aGateInput().withCompletedPilots(pilot(80.0)).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.EXTEND_PILOTS);
		assertThat(outcome.reasons()).containsExactly("Only 1 of the required 2 pilots completed",
				"Pilot phase extended 0 of at most 2 times so far");
	}

	@Test
	void shouldProceedWhenACustomMinimumOfPilotsCompleted() {
		// given
		GateRules twoPilotsRequired = new GateRules(new GateProperties(50, 70, 2, 2, 0.5));

		// when
		GateOutcome outcome = twoPilotsRequired
			.recommend(aGateInput().withCompletedPilots(pilot(80.0), pilot(80.0)).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
	}

	@Test
	void shouldGiveEveryReasonThePilotPhaseIsNotConclusive() {
		// given
		GateRules twoPilotsRequired = new GateRules(new GateProperties(50, 70, 2, 2, 0.5));

		// when
		GateOutcome outcome = twoPilotsRequired.recommend(aGateInput().withGateScore(64.0).build());

		// then
		assertThat(outcome.reasons()).containsExactly("Only 1 of the required 2 pilots completed",
				"Gate score 64.0 is in the grey zone (50–70)", "Pilot phase extended 0 of at most 2 times so far");
	}

	@Test
	void shouldExtendWhileExtensionsRemain() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(64.0).withExtensionsSoFar(1).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.EXTEND_PILOTS);
		assertThat(outcome.reasons()).containsExactly("Gate score 64.0 is in the grey zone (50–70)",
				"Pilot phase extended 1 of at most 2 times so far");
	}

	@Test
	void shouldRejectAsStillUnprovenOnceTheExtensionsAreUsedUp() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(64.0).withExtensionsSoFar(2).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("Gate score 64.0 is in the grey zone (50–70)",
				"Pilot phase already extended 2 times (the maximum is 2): still unproven");
	}

	@Test
	void shouldRejectAsStillUnprovenWithoutACompletedPilotOnceTheExtensionsAreUsedUp() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withCompletedPilots().withExtensionsSoFar(2).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.REJECT);
		assertThat(outcome.reasons()).containsExactly("Only 0 of the required 1 pilots completed",
				"Pilot phase already extended 2 times (the maximum is 2): still unproven");
	}

	@Test
	void shouldNotLetExtensionsUsedUpStopAConclusiveCandidate() {
		// when
		GateOutcome outcome = rules.recommend(aGateInput().withGateScore(80.0).withExtensionsSoFar(2).build());

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
	}

}
