package com.partnerlifecycle.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateDecisionTest {

	@ParameterizedTest
	@CsvSource({ "PROCEED, Proceed to an agreement", "EXTEND_PILOTS, Extend the pilot phase",
			"REJECT, Reject the candidate" })
	void shouldLabelDecisionForBusinessUsers(GateDecision decision, String expected) {
		assertThat(decision.label()).isEqualTo(expected);
	}

}
