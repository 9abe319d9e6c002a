package com.partnerlifecycle.partner;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored stage equal to where the lifecycle instance is. Called from the milestone events of
 * the lifecycle ({@code ${stages.enter(execution, 'PILOT')}}), in the engine's transaction: the record and
 * the engine move together or not at all.
 */
@Component("stages")
public class StageTracker {

	private final PartnerService partners;

	public StageTracker(PartnerService partners) {
		this.partners = partners;
	}

	public void enter(DelegateExecution execution, String stage) {
		Stage target = Stage.valueOf(stage);
		partners.moveTo(execution.getProcessBusinessKey(), target, execution.getCurrentActivityId());
		execution.setVariable(LifecycleProcess.STAGE, target.name());
	}

}
