package com.partnerlifecycle.dissolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;

/** "Confirm the hand-over": each side confirms its part, in its own task. */
@Component("confirmHandOverForm")
class ConfirmHandOverForm extends FormTaskListener {

	private final DissolutionService dissolutions;

	ConfirmHandOverForm(DissolutionService dissolutions) {
		this.dissolutions = dissolutions;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Dissolution dissolution = dissolutions.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("side", side(task) == Side.BUYER ? "our side" : "the partner's side")
			.put("exitPlan", DissolutionForms.exitPlan(dissolution));
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		if (!input.flag("handOverConfirmed")) {
			throw new InvalidInputException("handOverConfirmed", "confirm that the hand-over is complete");
		}
		dissolutions.confirmHandOver(task.getExecution().getProcessBusinessKey(), side(task),
				input.optionalText("handOverNotes", 4000));
		input.consume();
	}

	private static Side side(DelegateTask task) {
		return DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER.equals(task.getTaskDefinitionKey()) ? Side.PROVIDER
				: Side.BUYER;
	}

}
