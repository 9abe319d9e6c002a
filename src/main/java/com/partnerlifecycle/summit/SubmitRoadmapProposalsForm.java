package com.partnerlifecycle.summit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.InvalidInputException;

/**
 * "Submit roadmap proposals": one task per invited partner, for its representatives. The list and the "no
 * proposal" box are task-local, so partners answering at the same moment never write the same variable.
 */
@Component("submitRoadmapProposalsForm")
class SubmitRoadmapProposalsForm extends com.partnerlifecycle.common.FormTaskListener {

	static final String PROPOSALS = "proposals";

	static final String NO_PROPOSAL = "noProposal";

	private final SummitService summits;

	private final BusinessTime time;

	SubmitRoadmapProposalsForm(SummitService summits, BusinessTime time) {
		this.summits = summits;
		this.time = time;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Summit summit = summits.get(SummitForms.summitId(task));
		Map<String, Object> empty = new LinkedHashMap<>();
		empty.put("title", "");
		empty.put("valueToBuyer", "");
		SummitForms.header(task, summit, time)
			.put("partnerName", summits.partnerName(partnerId(task)))
			.put(PROPOSALS, List.of(empty))
			.put(NO_PROPOSAL, false);
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		List<SummitService.ProposalInput> proposals = new ArrayList<>();
		List<Map<String, Object>> rows = input.list(PROPOSALS);
		if (!input.flag(NO_PROPOSAL)) {
			for (int i = 0; i < rows.size(); i++) {
				Map<String, Object> row = rows.get(i);
				String prefix = PROPOSALS + "[" + (i + 1) + "].";
				proposals.add(new SummitService.ProposalInput(FormInput.text(prefix + "title", row.get("title"), 200),
						FormInput.text(prefix + "valueToBuyer", row.get("valueToBuyer"), 2000),
						FormInput.wholeNumber(prefix + "effortDays", row.get("effortDays"), 1, 10000)));
			}
			if (proposals.isEmpty()) {
				throw new InvalidInputException(PROPOSALS, "add at least one proposal, or tick \"We have no proposal this year\"");
			}
		}
		summits.submit(SummitForms.summitId(task), partnerId(task), proposals);
		input.consume();
	}

	private static String partnerId(DelegateTask task) {
		return (String) task.getVariable(SummitProcess.PARTNER_ID);
	}

}
