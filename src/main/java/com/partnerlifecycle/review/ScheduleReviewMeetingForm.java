package com.partnerlifecycle.review;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hibernate.validator.constraints.Range;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.EmailAddress;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;

/** "Schedule the review meeting": date, length and who takes part on both sides. */
@Component("scheduleReviewMeetingForm")
class ScheduleReviewMeetingForm extends FormTaskListener<ScheduleReviewMeetingForm.MeetingPlan> {

	/** The form's key of the meeting's length, the name the Java side uses for it too. */
	static final String MEETING_DURATION_MINUTES = "meetingDurationMinutes";

	/**
	 * Form {@code schedule-review-meeting}; the length's bounds are
	 * {@link MeetingRules}'.
	 */
	record MeetingPlan(@NotNull Instant meetingDate,
			@NotNull @Range(min = MeetingRules.MIN_DURATION_MINUTES, max = MeetingRules.MAX_DURATION_MINUTES,
					message = MeetingRules.DURATION_RANGE) Integer meetingDurationMinutes,
			List<@NotBlank @Size(max = 100) String> buyerParticipants, @Valid List<Participant> providerParticipants) {
	}

	/** One person of the partner's: a row of the dynamic list. */
	record Participant(@NotBlank @Size(max = 200) String name, @NotBlank @EmailAddress.Format String email,
			@NotBlank @Size(max = 200) String role) {
	}

	private final ReviewService reviews;

	ScheduleReviewMeetingForm(ReviewService reviews) {
		super("schedule-review-meeting", MeetingPlan.class);
		this.reviews = reviews;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("reviewDueDate", review.getDueDate().toString())
			.putUserOptions("buyerParticipantOptions", reviews.buyerPeople())
			.put("previousReviews", ReviewTables.history(reviews.history(review.getPartnerId())));
	}

	@Override
	protected void check(DelegateTask task, MeetingPlan form) {
		reviews.checkSchedule(reviews.ofProcess(task.getProcessInstanceId()).getId(), form.meetingDate(),
				form.meetingDurationMinutes(), ours(form), contacts(form));
	}

	@Override
	protected void submit(DelegateTask task, MeetingPlan form) {
		reviews.schedule(reviews.ofProcess(task.getProcessInstanceId()).getId(), form.meetingDate(),
				form.meetingDurationMinutes(), ours(form), contacts(form));
	}

	private static List<String> ours(MeetingPlan form) {
		return form.buyerParticipants() == null ? List.of() : form.buyerParticipants();
	}

	private static List<ReviewService.Contact> contacts(MeetingPlan form) {
		return form.providerParticipants() == null ? List.of()
				: form.providerParticipants()
					.stream()
					.map(p -> new ReviewService.Contact(p.name(), p.email(), p.role()))
					.toList();
	}

}
