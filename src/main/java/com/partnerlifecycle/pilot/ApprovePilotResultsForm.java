package com.partnerlifecycle.pilot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;

/** "Approve the pilot results": a reviewer accepts the assessment as evidence, or sends it back. */
@Component("approvePilotResultsForm")
class ApprovePilotResultsForm extends FormTaskListener {

	private final PilotService pilots;

	ApprovePilotResultsForm(PilotService pilots) {
		this.pilots = pilots;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Long pilotId = AssessPilotForm.pilotId(task);
		Pilot pilot = pilots.get(pilotId);
		List<Map<String, Object>> results = pilots.criteriaOf(pilotId).stream().map(c -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("criterion", c.getDescription());
			row.put("rating", c.getRating() == null ? "–" : c.getRating().label());
			return row;
		}).toList();
		FormContext.of(task)
			.put("pilotTitle", pilot.getTitle())
			.put("pilotScore", pilot.getScore() == null ? null : pilot.getScore().doubleValue())
			.put("criteriaResults", results)
			.put("qualityScore", pilot.getQualityScore())
			.put("costScore", pilot.getCostScore())
			.put("timelinessScore", pilot.getTimelinessScore())
			.put("deliveredOutcomesText", String.join("\n", pilot.getDeliveredOutcomes()))
			.put("assessedBy", pilot.getAssessedBy());
	}

	@Override
	protected void submit(DelegateTask task) {
		Long pilotId = AssessPilotForm.pilotId(task);
		FormInput input = FormInput.of(task);
		String decision = input.text(PilotProcess.PILOT_REVIEW_DECISION, 20);
		switch (decision) {
			case "APPROVE" -> pilots.approveResults(pilotId);
			case "SEND_BACK" -> pilots.sendBack(pilotId, input.text("pilotReviewComment", 4000));
			default -> throw new InvalidInputException(PilotProcess.PILOT_REVIEW_DECISION,
					"must be APPROVE or SEND_BACK, was '" + decision + "'");
		}
		input.isPresent("pilotReviewComment");
		input.consume();
		task.getExecution().setVariable(PilotProcess.PILOT_REVIEW_DECISION, decision);
	}

}
