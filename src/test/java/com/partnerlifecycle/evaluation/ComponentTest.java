package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentTest {

	@ParameterizedTest
	@ValueSource(doubles = { 0.0, 0.5, 1.0 })
	void shouldAcceptProbabilityFromZeroToOne(double probability) {
		// when
		Component component = new Component("Cloud landing zone", ComponentKind.DELIVERABLE, probability);

		// then
		assertThat(component.probability()).isEqualTo(probability);
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.1, 1.1, Double.NaN })
	void shouldRefuseProbabilityOutsideZeroToOneNamingTheComponent(double probability) {
		assertInvalidInput(() -> new Component("Legacy ERP integration", ComponentKind.INTEGRATION, probability),
				"components",
				"the probability of \"Legacy ERP integration\" must be between 0 and 1, was " + probability);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void shouldRefuseBlankName(String name) {
		assertInvalidInput(() -> new Component(name, ComponentKind.PARTY, 0.9), "components",
				"every component needs a name");
	}

	@Test
	void shouldRefuseMissingName() {
		assertInvalidInput(() -> new Component(null, ComponentKind.PARTY, 0.9), "components",
				"every component needs a name");
	}

	@Test
	void shouldRefuseMissingKind() {
		assertInvalidInput(() -> new Component("Provider's data centre team", null, 0.9), "components",
				"component \"Provider's data centre team\" needs a kind: party, integration or deliverable");
	}

}
