package com.partnerlifecycle.dissolution;

import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;

/** "Confirm the hand-over": each side confirms its part, in its own task. */
@Component("confirmHandOverForm")
class ConfirmHandOverForm extends FormTaskListener<ConfirmHandOverForm.HandOver> {

	/** Form {@code confirm-hand-over}, on either side. */
	record HandOver(Boolean handOverConfirmed, @Size(max = 4000) String handOverNotes) {
	}

	private final DissolutionService dissolutions;

	private final com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks;

	ConfirmHandOverForm(DissolutionService dissolutions, com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks) {
		super("confirm-hand-over", HandOver.class);
		this.dissolutions = dissolutions;
		this.taskLinks = taskLinks;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Dissolution dissolution = dissolutions.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("side", side(task) == Side.BUYER ? "our side" : "the partner's side")
			.put("exitPlan", DissolutionForms.exitPlan(dissolution));
		if (side(task) == Side.PROVIDER) { // the partner's contacts get a link to confirm
											// their side
			taskLinks.offer(task, task.getExecution().getProcessBusinessKey(), null);
		}
	}

	@Override
	protected void submit(DelegateTask task, HandOver form) {
		if (!Boolean.TRUE.equals(form.handOverConfirmed())) {
			throw new InvalidInputException("handOverConfirmed", "confirm that the hand-over is complete");
		}
		dissolutions.confirmHandOver(task.getExecution().getProcessBusinessKey(), side(task), form.handOverNotes());
	}

	private static Side side(DelegateTask task) {
		return DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER.equals(task.getTaskDefinitionKey()) ? Side.PROVIDER
				: Side.BUYER;
	}

}
