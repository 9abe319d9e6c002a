package com.partnerlifecycle.summit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;

/**
 * "Start the proposal review": the executives see who has answered so far, and close the round. The summit is the
 * one the task's process instance runs.
 */
@Component("startProposalReviewForm")
class StartProposalReviewForm extends FormTaskListener {

	static final String CLOSE_ROUND = "closeRound";

	private final SummitService summits;

	private final BusinessTime time;

	StartProposalReviewForm(SummitService summits, BusinessTime time) {
		this.summits = summits;
		this.time = time;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Summit summit = summits.openedBy(task.getProcessInstanceId());
		SummitForms.header(task, summit, time).put("invitees", invitees(summit.getId()));
	}

	/** Who has answered, as the form's table shows it; read when the task is created, so it may be behind. */
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
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		if (!input.flag(CLOSE_ROUND)) {
			throw new InvalidInputException(CLOSE_ROUND, "tick the box to close the round; until then partners may still propose");
		}
		input.consume();
	}

}
