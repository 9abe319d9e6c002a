package com.partnerlifecycle.summit;

import java.util.ArrayList;
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
 * "Review the proposals": one row per proposal, in a fixed order (partner, then the partner's order); the
 * executives accept or decline each with a comment. The rows come back in the same order. The summit is the one the
 * task's process instance runs.
 */
@Component("reviewSummitProposalsForm")
class ReviewSummitProposalsForm extends FormTaskListener {

	static final String DECISIONS = "decisions";

	private final SummitService summits;

	private final BusinessTime time;

	ReviewSummitProposalsForm(SummitService summits, BusinessTime time) {
		this.summits = summits;
		this.time = time;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Long summitId = summits.openedBy(task.getProcessInstanceId()).getId();
		SummitService.Outcome outcome = summits.outcome(summitId);
		List<Map<String, Object>> rows = new ArrayList<>();
		List<Map<String, Object>> without = new ArrayList<>();
		for (SummitService.PartnerOutcome partner : outcome.partners()) {
			if (partner.proposals().isEmpty()) {
				without.add(Map.of("partner", partner.name(), "answer",
						partner.status() == InviteeStatus.NO_PROPOSAL ? "no proposal" : "not yet"));
			}
		}
		for (SummitProposal proposal : summits.proposals(summitId)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("proposalId", proposal.getId());
			row.put("partner", summits.nameOf(proposal.getPartnerId()));
			row.put("title", proposal.getTitle());
			row.put("effortDays", proposal.getEffortDays());
			row.put("valueToBuyer", proposal.getValueToBuyer());
			row.put("submitted", time.display(proposal.getSubmittedAt()) + (proposal.isLate() ? " (after the due date)" : ""));
			row.put("decision", null);
			row.put("comment", "");
			rows.add(row);
		}
		SummitForms.header(task, summits.get(summitId), time).put("withoutProposal", without).put(DECISIONS, rows);
	}

	@Override
	protected void submit(DelegateTask task) {
		Long summitId = summits.openedBy(task.getProcessInstanceId()).getId();
		FormInput input = FormInput.of(task);
		List<Map<String, Object>> rows = input.list(DECISIONS);
		List<SummitProposal> proposals = summits.proposals(summitId);
		if (rows.size() != proposals.size()) {
			throw new InvalidInputException(DECISIONS, "must hold one decision for each of the " + proposals.size()
					+ " proposals, was " + rows.size());
		}
		List<SummitService.DecisionInput> decisions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			String prefix = DECISIONS + "[" + (i + 1) + "].";
			Object decision = row.get("decision");
			if (decision == null || decision.toString().isBlank()) {
				throw new InvalidInputException(prefix + "decision", "accept or decline '" + proposals.get(i).getTitle() + "'");
			}
			ProposalDecision choice;
			try {
				choice = ProposalDecision.valueOf(decision.toString().strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException(prefix + "decision", "must be ACCEPTED or DECLINED, was '" + decision + "'");
			}
			decisions.add(new SummitService.DecisionInput(proposals.get(i).getId(), choice,
					FormInput.text(prefix + "comment", row.get("comment"), 2000)));
		}
		summits.decide(summitId, decisions);
		input.consume();
	}

}
