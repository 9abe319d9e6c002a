package com.partnerlifecycle.dissolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;

/**
 * "Record the lessons learned": what to keep for the next partnership, before the record
 * is archived.
 */
@Component("recordLessonsLearnedForm")
class RecordLessonsLearnedForm extends FormTaskListener<RecordLessonsLearnedForm.Lessons> {

	/** Would we partner with this provider again? */
	enum Again {

		YES, MAYBE, NO

	}

	/** Form {@code record-lessons-learned}. */
	record Lessons(@NotBlank @Size(max = 4000) String lessonsLearned, @NotNull Again wouldPartnerAgain) {
	}

	private final DissolutionService dissolutions;

	private final com.partnerlifecycle.common.People people;

	private final com.partnerlifecycle.contact.PartnerContacts contacts;

	RecordLessonsLearnedForm(DissolutionService dissolutions, com.partnerlifecycle.common.People people,
			com.partnerlifecycle.contact.PartnerContacts contacts) {
		super("record-lessons-learned", Lessons.class);
		this.people = people;
		this.contacts = contacts;
		this.dissolutions = dissolutions;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Dissolution d = dissolutions.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("exitPlan", DissolutionForms.exitPlan(d))
			.put("handOverNotesTable", List.of(notes("Our side", who(d.getBuyerConfirmedBy()), d.getBuyerNotes()),
					notes("The partner's side", who(d.getProviderConfirmedBy()), d.getProviderNotes())));
	}

	@Override
	protected void submit(DelegateTask task, Lessons form) {
		dissolutions.recordLessons(task.getExecution().getProcessBusinessKey(), form.lessonsLearned(),
				form.wouldPartnerAgain().name());
	}

	/** A contact as its name and address then, a user by name, nobody as "–". */
	private String who(String userId) {
		return userId == null ? null
				: contacts.user(userId)
					.map(com.partnerlifecycle.contact.ContactUser::display)
					.orElse(people.nameOf(userId));
	}

	private static Map<String, Object> notes(String side, String by, String notes) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("side", side);
		row.put("confirmedBy", by == null ? "–" : by);
		row.put("notes", notes == null ? "–" : notes);
		return row;
	}

}
