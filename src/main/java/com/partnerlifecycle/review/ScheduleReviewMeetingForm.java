package com.partnerlifecycle.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;

/** "Schedule the review meeting": date, length and who takes part on both sides. */
@Component("scheduleReviewMeetingForm")
class ScheduleReviewMeetingForm extends FormTaskListener {

	private final ReviewService reviews;

	private final BusinessTime time;

	ScheduleReviewMeetingForm(ReviewService reviews, BusinessTime time) {
		this.reviews = reviews;
		this.time = time;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.get(ReviewProcess.reviewId(task));
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("reviewDueDate", review.getDueDate().toString())
			.putUserOptions("buyerParticipantOptions", reviews.buyerPeople())
			.put("previousReviews", ReviewTables.history(reviews.history(review.getPartnerId())));
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		Instant meetingAt = instant("meetingDate", input.text("meetingDate", 40));
		int minutes = input.wholeNumber("meetingDurationMinutes", 15, 480);
		List<String> buyers = input.strings("buyerParticipants");
		List<ReviewService.Contact> contacts = new ArrayList<>();
		List<Map<String, Object>> rows = input.list("providerParticipants");
		for (int i = 0; i < rows.size(); i++) {
			String prefix = "providerParticipants[" + (i + 1) + "].";
			contacts.add(new ReviewService.Contact(FormInput.text(prefix + "name", rows.get(i).get("name"), 200),
					FormInput.email(prefix + "email", rows.get(i).get("email")),
					FormInput.text(prefix + "role", rows.get(i).get("role"), 200)));
		}
		reviews.schedule(ReviewProcess.reviewId(task), meetingAt, minutes, buyers, contacts);
		input.consume();
	}

	/** form-js submits "2026-12-01T14:00:00+01:00"; a value without a zone is read in the business zone. */
	private Instant instant(String field, String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(value.endsWith("Z") ? value.substring(0, value.length() - 1) : value)
					.atZone(value.endsWith("Z") ? java.time.ZoneOffset.UTC : time.zone())
					.toInstant();
			}
			catch (DateTimeParseException e) {
				throw new InvalidInputException(field, "must be a date and time like 2026-12-01T14:00, was '" + value + "'");
			}
		}
	}

}
