package com.partnerlifecycle.dissolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;

/** "Record the lessons learned": what to keep for the next partnership, before the record is archived. */
@Component("recordLessonsLearnedForm")
class RecordLessonsLearnedForm extends FormTaskListener {

	private static final List<String> ANSWERS = List.of("YES", "MAYBE", "NO");

	private final DissolutionService dissolutions;

	RecordLessonsLearnedForm(DissolutionService dissolutions) {
		this.dissolutions = dissolutions;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Dissolution d = dissolutions.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("exitPlan", DissolutionForms.exitPlan(d))
			.put("handOverNotesTable", List.of(notes("Our side", d.getBuyerConfirmedBy(), d.getBuyerNotes()),
					notes("The partner's side", d.getProviderConfirmedBy(), d.getProviderNotes())));
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		String lessons = input.text("lessonsLearned", 4000);
		String again = input.text("wouldPartnerAgain", 10);
		if (!ANSWERS.contains(again)) {
			throw new InvalidInputException("wouldPartnerAgain", "must be one of " + ANSWERS + ", was '" + again + "'");
		}
		dissolutions.recordLessons(task.getExecution().getProcessBusinessKey(), lessons, again);
		input.consume();
	}

	private static Map<String, Object> notes(String side, String by, String notes) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("side", side);
		row.put("confirmedBy", by == null ? "–" : by);
		row.put("notes", notes == null ? "–" : notes);
		return row;
	}

}
