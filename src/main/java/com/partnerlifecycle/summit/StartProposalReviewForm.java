package com.partnerlifecycle.summit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.form.FormTaskListener;

/**
 * "Start the proposal review": the executives see who has answered so far, and close the
 * round. The summit is the one the task's process instance runs.
 */
@Component("startProposalReviewForm")
class StartProposalReviewForm extends FormTaskListener<StartProposalReviewForm.CloseRound> {

	static final String CLOSE_ROUND = "closeRound";

	/** Form {@code start-proposal-review}: the box that closes the round. */
	record CloseRound(@NotNull @AssertTrue(
			message = "tick the box to close the round; until then partners may still propose") Boolean closeRound) {
	}

	private final SummitService summits;

	private final BusinessTime time;

	StartProposalReviewForm(SummitService summits, BusinessTime time) {
		super("start-proposal-review", CloseRound.class);
		this.summits = summits;
		this.time = time;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Summit summit = summits.openedBy(task.getProcessInstanceId());
		SummitForms.header(task, summit, time).put("invitees", invitees(summit.getId()));
	}

	/**
	 * Who has answered, as the form's table shows it; read when the task is created, so
	 * it may be behind.
	 */
	private List<Map<String, Object>> invitees(Long summitId) {
		return summits.outcome(summitId).partners().stream().map(p -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("partner", p.name());
			row.put("answer", switch (p.status()) {
				case INVITED -> "not yet";
				case PROPOSED -> "proposed";
				case NO_PROPOSAL -> "no proposal";
			});
			row.put("proposals", p.proposals().size());
			return row;
		}).toList();
	}

	@Override
	protected void submit(DelegateTask task, CloseRound form) {
		// the box is ticked (the contract says so): the terminate end event that follows
		// closes the round
	}

}
