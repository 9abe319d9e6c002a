package com.partnerlifecycle.dissolution;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;

/**
 * "Plan the exit": services to transition, data to return, knowledge transfer, the
 * hand-over date.
 */
@Component("planExitForm")
class PlanExitForm extends FormTaskListener<PlanExitForm.ExitPlan> {

	/** Form {@code plan-exit}. */
	record ExitPlan(@NotBlank @Size(max = 4000) String servicesToTransition,
			@NotBlank @Size(max = 4000) String dataToReturn, @NotBlank @Size(max = 4000) String knowledgeTransfer,
			@NotNull LocalDate handOverBy) {
	}

	private final DissolutionService dissolutions;

	private final com.partnerlifecycle.followup.ActionItemService actionItems;

	PlanExitForm(DissolutionService dissolutions, com.partnerlifecycle.followup.ActionItemService actionItems) {
		super("plan-exit", ExitPlan.class);
		this.dissolutions = dissolutions;
		this.actionItems = actionItems;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Dissolution dissolution = dissolutions.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("dissolutionCauseText", dissolution.getCause().text())
			.put("dissolutionReason", dissolution.getReason())
			.put("endedActionItems",
					actionItems.endedWithThePartnership(dissolution.getPartnerId())
						.stream()
						.map(item -> java.util.Map.of("title", item.getTitle(), "owner", item.getOwnerName(), "dueDate",
								item.getDueDate().toString()))
						.toList());
	}

	@Override
	protected void submit(DelegateTask task, ExitPlan form) {
		dissolutions.planExit(task.getExecution().getProcessBusinessKey(), form.servicesToTransition(),
				form.dataToReturn(), form.knowledgeTransfer(), form.handOverBy());
	}

}
