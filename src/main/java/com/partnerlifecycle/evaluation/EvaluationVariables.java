package com.partnerlifecycle.evaluation;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The evaluation of the current gate pass: its id is the one process variable the gate needs. */
final class EvaluationVariables {

	static final String EVALUATION_ID = "evaluationId";

	private EvaluationVariables() {
	}

	static Long evaluationId(VariableScope scope) {
		Object value = scope.getVariable(EVALUATION_ID);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("No evaluation has been entered for this gate pass");
		}
		return number.longValue();
	}

}
