package com.partnerlifecycle.evaluation;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.partner.LifecycleProcess;

/**
 * The evaluation's step in the lifecycle, found by name from the BPMN; the partner is the
 * business key.
 */
@Configuration
class EvaluationSteps {

	private final EvaluationService evaluations;

	EvaluationSteps(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	/**
	 * "Recommend the gate decision": applies the gate's rules and leaves the
	 * recommendation for the reviewer.
	 */
	@Bean
	JavaDelegate recommendGateDecision() {
		return execution -> {
			GateOutcome outcome = evaluations.recommend(evaluations.current(execution.getProcessBusinessKey()).getId());
			execution.setVariable(LifecycleProcess.GATE_RECOMMENDATION, outcome.recommendation().name());
		};
	}

}
