package com.partnerlifecycle.pilot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;

/**
 * "Approve the pilot results": a reviewer accepts the assessment as evidence, or sends it
 * back.
 */
@Component("approvePilotResultsForm")
class ApprovePilotResultsForm extends FormTaskListener<ApprovePilotResultsForm.ResultsReview> {

	/**
	 * APPROVE: the assessment stands as evidence; SEND_BACK: the sourcing managers
	 * correct it.
	 */
	enum ReviewDecision {

		APPROVE, SEND_BACK

	}

	/** Form {@code approve-pilot-results}. */
	record ResultsReview(@NotNull ReviewDecision pilotReviewDecision, @Size(max = 4000) String pilotReviewComment) {
	}

	private final PilotService pilots;

	private final com.partnerlifecycle.common.People people;

	ApprovePilotResultsForm(PilotService pilots, com.partnerlifecycle.common.People people) {
		super("approve-pilot-results", ResultsReview.class);
		this.people = people;
		this.pilots = pilots;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Pilot pilot = pilots.ofProcess(task.getProcessInstanceId());
		Long pilotId = pilot.getId();
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
			.put("assessedBy", people.nameOf(pilot.getAssessedBy()));
	}

	@Override
	protected void submit(DelegateTask task, ResultsReview form) {
		Long pilotId = pilots.ofProcess(task.getProcessInstanceId()).getId();
		switch (form.pilotReviewDecision()) {
			case APPROVE -> pilots.approveResults(pilotId);
			case SEND_BACK -> {
				if (form.pilotReviewComment() == null) {
					throw new InvalidInputException("pilotReviewComment", "is required: say what to correct");
				}
				pilots.sendBack(pilotId, form.pilotReviewComment());
			}
		}
		task.getExecution().setVariable(PilotProcess.PILOT_REVIEW_DECISION, form.pilotReviewDecision().name());
	}

}
