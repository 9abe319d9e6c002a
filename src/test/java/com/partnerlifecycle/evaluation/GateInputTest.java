package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GateInputTest {

	private static final List<PilotEvidence> PILOTS = List.of(new PilotEvidence("Service desk takeover", 80.0, 2, 3));

	private static final List<Component> COMPONENTS = List
		.of(new Component("Provider's delivery team", ComponentKind.PARTY, 0.9));

	@Test
	void shouldRequireAtLeastOneComponent() {
		assertInvalidInput(() -> new GateInput(PILOTS, 80.0, true, true, 0, List.of()), "components",
				"list at least one component of the intended partnership");
	}

	@Test
	void shouldRequireTheComponentList() {
		assertInvalidInput(() -> new GateInput(PILOTS, 80.0, true, true, 0, null), "components",
				"list at least one component of the intended partnership");
	}

	@Test
	void shouldRequireThePilotListEvenWhenEmpty() {
		assertInvalidInput(() -> new GateInput(null, 80.0, true, true, 0, COMPONENTS), "completedPilots",
				"must be given, empty when no pilot completed");
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.1, 100.1 })
	void shouldRefuseVettingScoreOutsideZeroToHundred(double vettingScore) {
		assertInvalidInput(() -> new GateInput(PILOTS, vettingScore, true, true, 0, COMPONENTS), "vettingScore",
				"must be between 0 and 100, was " + vettingScore);
	}

	@Test
	void shouldRefuseNegativeExtensionCount() {
		assertInvalidInput(() -> new GateInput(PILOTS, 80.0, true, true, -1, COMPONENTS), "extensionsSoFar",
				"must not be negative, was -1");
	}

	@Test
	void shouldKeepItsOwnCopyOfTheLists() {
		// given
		List<Component> components = new ArrayList<>(COMPONENTS);
		GateInput input = new GateInput(PILOTS, 80.0, true, true, 0, components);

		// when
		components.add(new Component("Data migration", ComponentKind.DELIVERABLE, 0.1));

		// then
		assertThat(input.components()).hasSize(1);
	}

}
