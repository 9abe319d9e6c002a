package com.partnerlifecycle.pilot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;

/** "Assess the pilot results": rate each agreed criterion, score delivery, list what was delivered. */
@Component("assessPilotForm")
class AssessPilotForm extends FormTaskListener {

	static final String CRITERIA_RATINGS = "criteriaRatings";

	private final PilotService pilots;

	AssessPilotForm(PilotService pilots) {
		this.pilots = pilots;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Long pilotId = pilotId(task);
		Pilot pilot = pilots.get(pilotId);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (PilotCriterion criterion : pilots.criteriaOf(pilotId)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("criterion", criterion.getDescription());
			row.put("rating", null);
			rows.add(row);
		}
		FormContext.of(task)
			.put("pilotTitle", pilot.getTitle())
			.put("pilotEndDate", pilot.getEndDate().toString())
			.put("reviewComment", pilot.getReviewComment() == null ? "" : pilot.getReviewComment())
			.put(CRITERIA_RATINGS, rows);
	}

	@Override
	protected void submit(DelegateTask task) {
		Long pilotId = pilotId(task);
		FormInput input = FormInput.of(task);
		String outcome = input.text(PilotProcess.PILOT_OUTCOME, 20);
		switch (outcome) {
			case "COMPLETED" -> {
				List<CriterionRating> ratings = new ArrayList<>();
				List<Map<String, Object>> rows = input.list(CRITERIA_RATINGS);
				for (int i = 0; i < rows.size(); i++) {
					Object rating = rows.get(i).get("rating");
					if (rating == null || rating.toString().isBlank()) {
						throw new InvalidInputException(CRITERIA_RATINGS + "[" + (i + 1) + "].rating", "is required");
					}
					ratings.add(CriterionRating.fromFormValue(rating.toString()));
				}
				pilots.assess(pilotId, ratings, input.wholeNumber("qualityScore", 1, 5),
						input.wholeNumber("costScore", 1, 5), input.wholeNumber("timelinessScore", 1, 5),
						FormInput.lines(input.text("deliveredOutcomes", 4000)));
			}
			case "ABANDONED" -> pilots.abandon(pilotId, input.text("abandonReason", 4000));
			default -> throw new InvalidInputException(PilotProcess.PILOT_OUTCOME,
					"must be COMPLETED or ABANDONED, was '" + outcome + "'");
		}
		input.isPresent("abandonReason"); // read, so that consume() removes it whichever branch was taken
		input.consume();
		task.getExecution().setVariable(PilotProcess.PILOT_OUTCOME, outcome);
	}

	static Long pilotId(DelegateTask task) {
		return ((Number) task.getVariable(PilotProcess.PILOT_ID)).longValue();
	}

}
