package com.partnerlifecycle.pilot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;

/**
 * "Assess the pilot results": each agreed criterion rated, three scores, the delivered
 * outcomes; or abandoned.
 */
@Component("assessPilotForm")
class AssessPilotForm extends FormTaskListener<AssessPilotForm.PilotAssessment> {

	static final String CRITERIA_RATINGS = "criteriaRatings";

	/** Whether the pilot ran to its end: the gateway after the task reads it. */
	enum PilotOutcome {

		COMPLETED, ABANDONED

	}

	/**
	 * Form {@code assess-pilot}; the scores' scale and the criteria's ratings are the
	 * service's rules.
	 */
	record PilotAssessment(@NotNull PilotOutcome pilotOutcome, @Valid List<CriterionRow> criteriaRatings,
			Integer qualityScore, Integer costScore, Integer timelinessScore,
			@Size(max = 4000) String deliveredOutcomes, @Size(max = 4000) String abandonReason) {
	}

	/**
	 * A completed pilot's assessment as the service takes it: each value a completed
	 * pilot needs is required.
	 */
	private record Completed(List<CriterionRating> ratings, int quality, int cost, int timeliness,
			List<String> deliveredOutcomes) {

		static Completed of(PilotAssessment form) {
			List<CriterionRating> ratings = new ArrayList<>();
			List<CriterionRow> rows = form.criteriaRatings() == null ? List.of() : form.criteriaRatings();
			for (int i = 0; i < rows.size(); i++) {
				ratings.add(required(CRITERIA_RATINGS + "[" + (i + 1) + "].rating", rows.get(i).rating()));
			}
			return new Completed(ratings, required("qualityScore", form.qualityScore()),
					required("costScore", form.costScore()), required("timelinessScore", form.timelinessScore()),
					required("deliveredOutcomes", form.deliveredOutcomes()).lines()
						.map(String::strip)
						.filter(line -> !line.isEmpty())
						.toList());
		}
	}

	/** One agreed criterion (shown) and its rating. */
	record CriterionRow(String criterion, CriterionRating rating) {
	}

	private final PilotService pilots;

	AssessPilotForm(PilotService pilots) {
		super("assess-pilot", PilotAssessment.class);
		this.pilots = pilots;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Pilot pilot = pilots.ofProcess(task.getProcessInstanceId());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (PilotCriterion criterion : pilots.criteriaOf(pilot.getId())) {
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

	/** The assessment's rules before anything runs: a refusal is the form's answer. */
	@Override
	protected void check(DelegateTask task, PilotAssessment form) {
		switch (form.pilotOutcome()) {
			case COMPLETED -> {
				Completed completed = Completed.of(form);
				pilots.checkAssessment(pilots.ofProcess(task.getProcessInstanceId()).getId(), completed.ratings(),
						completed.quality(), completed.cost(), completed.timeliness(), completed.deliveredOutcomes());
			}
			case ABANDONED -> required("abandonReason", form.abandonReason());
		}
	}

	@Override
	protected void submit(DelegateTask task, PilotAssessment form) {
		Long pilotId = pilots.ofProcess(task.getProcessInstanceId()).getId();
		switch (form.pilotOutcome()) {
			case COMPLETED -> {
				Completed completed = Completed.of(form);
				pilots.assess(pilotId, completed.ratings(), completed.quality(), completed.cost(),
						completed.timeliness(), completed.deliveredOutcomes());
			}
			case ABANDONED -> pilots.abandon(pilotId, required("abandonReason", form.abandonReason()));
		}
		task.getExecution().setVariable(PilotProcess.PILOT_OUTCOME, form.pilotOutcome().name());
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new InvalidInputException(field, "is required");
		}
		return value;
	}

}
