package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.evaluation.GateInputBuilder.aGateInput;
import static com.partnerlifecycle.evaluation.GateInputBuilder.component;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateComplexityTest {

	private final GateRules rules = new GateRules(GateProperties.defaults());

	@Test
	void shouldMultiplyTheComponentProbabilities() {
		// given 0.8 × 0.7 × 0.8 = 0.448, although each is likely and their sum is 2.3
		GateInput input = aGateInput()
			.withComponents(component("Provider", 0.8), component("ERP integration", 0.7), component("Portal", 0.8))
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.jointSuccessProbability()).isEqualTo(0.448);
		assertThat(outcome.complexityWarning()).isTrue();
	}

	@Test
	void shouldRoundJointSuccessProbabilityToThreeDecimals() {
		// given 0.95³ = 0.857375
		GateInput input = aGateInput()
			.withComponents(component("Provider", 0.95), component("ERP integration", 0.95), component("Portal", 0.95))
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.jointSuccessProbability()).isEqualTo(0.857);
	}

	@Test
	void shouldNotWarnOnTheThreshold() {
		// given 0.8 × 0.625 = 0.5
		GateInput input = aGateInput().withComponents(component("Provider", 0.8), component("Data migration", 0.625))
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.complexityWarning()).isFalse();
		assertThat(outcome.complexityWarningText()).isEmpty();
	}

	@Test
	void shouldWarnJustBelowTheThreshold() {
		// given
		GateInput input = aGateInput().withComponents(component("Data migration", 0.4999)).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then the exact product is shown, since 0.500 would not read as below 0.5
		assertThat(outcome.complexityWarning()).isTrue();
		assertThat(outcome.complexityWarningText()).isEqualTo(
				"Joint success probability 0.4999 (product of 1 component) is below 0.5; weakest: Data migration (0.4999). "
						+ "The reviewer must acknowledge this warning.");
	}

	@Test
	void shouldNameProductThresholdAndWeakestComponentInTheWarning() {
		// given 0.8 × 0.6 × 0.875 = 0.42
		GateInput input = aGateInput()
			.withComponents(component("Provider's delivery team", 0.8), component("Legacy ERP integration", 0.6),
					component("Customer portal", 0.875))
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.complexityWarningText()).isEqualTo(
				"Joint success probability 0.42 (product of 3 components) is below 0.5; weakest: Legacy ERP integration (0.6). "
						+ "The reviewer must acknowledge this warning.");
	}

	@Test
	void shouldNameEveryEquallyWeakComponent() {
		// given 0.6 × 0.9 × 0.6 = 0.324
		GateInput input = aGateInput()
			.withComponents(component("Legacy ERP integration", 0.6), component("Provider", 0.9),
					component("Data migration", 0.6))
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.complexityWarningText())
			.contains("weakest: Legacy ERP integration (0.6), Data migration (0.6).");
	}

	@Test
	void shouldKeepTheRecommendationAndListTheWarningLast() {
		// given a candidate that proceeds, with joint success 0.448
		GateInput input = aGateInput().withGateScore(80.0)
			.withComponents(component("Provider", 0.8), component("ERP integration", 0.7), component("Portal", 0.8))
			.build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.recommendation()).isEqualTo(GateDecision.PROCEED);
		assertThat(outcome.reasons()).hasSize(5).last().isEqualTo(outcome.complexityWarningText());
	}

	@Test
	void shouldListTheWarningAmongRejectReasonsToo() {
		// given
		GateInput input = aGateInput().withGateScore(40.0).withComponents(component("Data migration", 0.3)).build();

		// when
		GateOutcome outcome = rules.recommend(input);

		// then
		assertThat(outcome.reasons()).containsExactly("Gate score 40.0 is below the reject line of 50",
				outcome.complexityWarningText());
	}

	@Test
	void shouldNotWarnAboveALoweredThreshold() {
		// given
		GateRules lenient = new GateRules(new GateProperties(50, 70, 1, 2, 0.4));
		GateInput input = aGateInput()
			.withComponents(component("Provider", 0.8), component("ERP integration", 0.7), component("Portal", 0.8))
			.build();

		// when
		GateOutcome outcome = lenient.recommend(input);

		// then 0.448
		assertThat(outcome.complexityWarning()).isFalse();
	}

}
