package com.partnerlifecycle.dissolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Open the dissolution record": why it ends; reviews still under way are cancelled. */
@Component("openDissolution")
class OpenDissolution implements JavaDelegate {

	private final DissolutionService dissolutions;

	OpenDissolution(DissolutionService dissolutions) {
		this.dissolutions = dissolutions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object cause = execution.getVariable(DissolutionProcess.DISSOLUTION_CAUSE);
		if (cause == null) {
			throw new IllegalStateException("The dissolution was started without a cause");
		}
		dissolutions.open(execution.getProcessBusinessKey(), DissolutionCause.valueOf(cause.toString()));
	}

}
