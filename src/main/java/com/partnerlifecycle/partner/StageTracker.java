package com.partnerlifecycle.partner;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored stage equal to where the lifecycle instance is: the milestone events'
 * listeners ({@link LifecycleSteps}, {@code ${enterPilotStage}}) run in the engine's
 * transaction, so the record and the engine move together or not at all. The partner is
 * the instance's business key, never a variable.
 */
@Component("stages")
public class StageTracker {

	private final PartnerService partners;

	public StageTracker(PartnerService partners) {
		this.partners = partners;
	}

	/** The listener of the milestone that enters this stage. */
	ExecutionListener entering(Stage stage) {
		return execution -> move(execution, stage);
	}

	/**
	 * Lifecycle 1.2 and older call {@code ${stages.enter(execution, 'PILOT')}}; newer
	 * ones the listener beans.
	 * @deprecated kept while instances of those versions run
	 */
	@Deprecated
	public void enter(DelegateExecution execution, String stage) {
		move(execution, Stage.valueOf(stage));
	}

	private void move(DelegateExecution execution, Stage stage) {
		partners.moveTo(execution.getProcessBusinessKey(), stage, execution.getCurrentActivityId());
		execution.setVariable(LifecycleProcess.STAGE, stage.name());
	}

}
