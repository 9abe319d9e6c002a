package com.partnerlifecycle.dissolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;

/** "Plan the exit": services to transition, data to return, knowledge transfer, the hand-over date. */
@Component("planExitForm")
class PlanExitForm extends FormTaskListener {

	private final DissolutionService dissolutions;

	PlanExitForm(DissolutionService dissolutions) {
		this.dissolutions = dissolutions;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Dissolution dissolution = dissolutions.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("dissolutionCauseText", dissolution.getCause().text())
			.put("dissolutionReason", dissolution.getReason());
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		dissolutions.planExit(task.getExecution().getProcessBusinessKey(), input.text("servicesToTransition", 4000),
				input.text("dataToReturn", 4000), input.text("knowledgeTransfer", 4000), input.date("handOverBy"));
		input.consume();
	}

}
