package com.partnerlifecycle.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.LifecycleProcess;

/** "Recommend the gate decision": applies the gate's rules and leaves the recommendation for the reviewer. */
@Component("recommendGateDecision")
class RecommendGateDecision implements JavaDelegate {

	private final EvaluationService evaluations;

	RecommendGateDecision(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GateOutcome outcome = evaluations.recommend(evaluations.current(execution.getProcessBusinessKey()).getId());
		execution.setVariable(LifecycleProcess.GATE_RECOMMENDATION, outcome.recommendation().name());
	}

}
