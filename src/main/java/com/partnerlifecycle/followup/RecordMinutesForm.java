package com.partnerlifecycle.followup;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewService;

/**
 * "Record the minutes": after the meeting a sourcing manager writes the summary and the
 * decisions, says what became of every open action item of earlier reviews (its row is
 * there already), and adds the new action items, each owned by one person of either side.
 * The owners, the earlier items and the topics are choices; an id from anywhere else is
 * refused.
 */
@Component("recordReviewMinutesForm")
class RecordMinutesForm extends FormTaskListener<RecordMinutesForm.RecordedMinutes> {

	/** Form {@code record-review-minutes}. */
	record RecordedMinutes(@NotBlank @Size(max = 4000) String minutesSummary, @Size(max = 4000) String minutesDecisions,
			@Size(max = 100,
					message = "at most 100 rows") List<MinutesService.@NotNull @Valid EarlierItem> earlierItems,
			@Size(max = MinutesService.MAX_NEW_ITEMS,
					message = "at most 20 action items per meeting") List<MinutesService.@NotNull @Valid NewItem> newItems) {
	}

	private final MinutesService minutes;

	private final ReviewService reviews;

	private final BusinessTime time;

	RecordMinutesForm(MinutesService minutes, ReviewService reviews, BusinessTime time) {
		super("record-review-minutes", RecordedMinutes.class);
		this.minutes = minutes;
		this.reviews = reviews;
		this.time = time;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		List<ActionItem> earlier = minutes.earlierOpenItems(review);
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("meetingDate", review.getMeetingAt() == null ? "–" : time.display(review.getMeetingAt()))
			.put("hasEarlierItems", !earlier.isEmpty())
			.put("earlierItemOptions",
					earlier.stream()
						.map(item -> FormContext.option(String.valueOf(item.getId()), label(item)))
						.toList())
			.put("earlierItems", earlier.stream().map(item -> Map.of("item", String.valueOf(item.getId()))).toList())
			.put("ownerOptions",
					minutes.ownerChoices(review).stream().map(c -> FormContext.option(c.value(), c.label())).toList())
			.put("answerOptions",
					minutes.answerChoices(review)
						.entrySet()
						.stream()
						.map(e -> FormContext.option(e.getKey(), e.getValue()))
						.toList());
	}

	@Override
	protected void check(DelegateTask task, RecordedMinutes form) {
		minutes.check(reviews.ofProcess(task.getProcessInstanceId()).getId(), orEmpty(form.earlierItems()),
				orEmpty(form.newItems()));
	}

	private static <T> List<T> orEmpty(List<T> rows) {
		return rows == null ? List.of() : rows;
	}

	@Override
	protected void submit(DelegateTask task, RecordedMinutes form) {
		minutes.record(reviews.ofProcess(task.getProcessInstanceId()).getId(), form.minutesSummary(),
				form.minutesDecisions(), orEmpty(form.earlierItems()), orEmpty(form.newItems()));
	}

	/** "Monthly service report — Tom Tailspin, due 2026-10-01 (review 1), blocked: …". */
	private static String label(ActionItem item) {
		return item.getTitle() + " — " + item.getOwnerName() + ", due " + item.getDueDate()
				+ (item.getStatus() == ActionItemStatus.BLOCKED ? ", blocked: " + item.getStatusNote() : "");
	}

}
