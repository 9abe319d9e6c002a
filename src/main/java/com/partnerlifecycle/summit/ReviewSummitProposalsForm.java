package com.partnerlifecycle.summit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.form.FormTaskListener;

/**
 * "Review the proposals": one row per proposal, in a fixed order (partner, then the
 * partner's order); the executives accept or decline each with a comment. The rows come
 * back in the same order and are matched to the proposals by position. The summit is the
 * one the task's process instance runs.
 */
@Component("reviewSummitProposalsForm")
class ReviewSummitProposalsForm extends FormTaskListener<ReviewSummitProposalsForm.Decisions> {

	static final String DECISIONS = "decisions";

	/**
	 * Form {@code review-summit-proposals}: a decision for each proposal, in the order
	 * shown.
	 */
	record Decisions(@Valid List<Decision> decisions) {
	}

	/**
	 * One row: the proposal as shown (read-only fields, echoed back and ignored), the
	 * decision and the comment. A missing decision is refused naming the proposal
	 * ({@link #submit}).
	 */
	record Decision(String partner, String title, Integer effortDays, String valueToBuyer, String submitted,
			ProposalDecision decision,
			@NotBlank @Size(max = 2000, message = "must be at most 2000 characters") String comment) {
	}

	private final SummitService summits;

	private final BusinessTime time;

	ReviewSummitProposalsForm(SummitService summits, BusinessTime time) {
		super("review-summit-proposals", Decisions.class);
		this.summits = summits;
		this.time = time;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Summit summit = summits.openedBy(task.getProcessInstanceId());
		SummitService.Outcome outcome = summits.outcome(summit.getId());
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> without = new ArrayList<>();
		for (SummitService.PartnerOutcome partner : outcome.partners()) {
			if (partner.proposals().isEmpty()) {
				without.add(Map.of("partner", partner.name(), "answer",
						partner.status() == InviteeStatus.NO_PROPOSAL ? "no proposal" : "not yet"));
			}
		}
		for (SummitProposal proposal : summits.proposals(summit.getId())) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("partner", summits.nameOf(proposal.getPartnerId()));
			row.put("title", proposal.getTitle());
			row.put("effortDays", proposal.getEffortDays());
			row.put("valueToBuyer", proposal.getValueToBuyer());
			row.put("submitted",
					time.display(proposal.getSubmittedAt()) + (proposal.isLate() ? " (after the due date)" : ""));
			row.put("decision", null);
			row.put("comment", "");
			rows.add(row);
		}
		SummitForms.header(task, summit, time).put("withoutProposal", without).put(DECISIONS, rows);
	}

	@Override
	protected void submit(DelegateTask task, Decisions form) {
		Summit summit = summits.openedBy(task.getProcessInstanceId());
		List<Decision> rows = form.decisions() == null ? List.of() : form.decisions();
		List<SummitProposal> proposals = summits.proposals(summit.getId());
		if (rows.size() != proposals.size()) {
			throw new InvalidInputException(DECISIONS,
					"must hold one decision for each of the " + proposals.size() + " proposals, was " + rows.size());
		}
		List<SummitService.DecisionInput> decisions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Decision row = rows.get(i);
			if (row.decision() == null) {
				throw new InvalidInputException(DECISIONS + "[" + (i + 1) + "].decision",
						"accept or decline '" + proposals.get(i).getTitle() + "'");
			}
			decisions.add(new SummitService.DecisionInput(proposals.get(i).getId(), row.decision(), row.comment()));
		}
		summits.decide(summit.getId(), decisions);
	}

}
