package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;

/**
 * One side's rating task. The form shows the meeting, never the other side's ratings: the
 * submission goes to the records and never becomes a process variable, so nothing of one
 * side is visible to the other.
 */
abstract class RateReviewForm<F extends Record> extends FormTaskListener<F> {

	/**
	 * A row of the dynamic list {@code agendaTopics}: what the side wants on the
	 * meeting's agenda.
	 */
	record AgendaTopic(@NotNull TopicKind kind, @NotBlank @Size(max = 120) String title,
			@Size(max = 1000) String text) {
	}

	private final ReviewService reviews;

	private final ReviewDates dates;

	private final BusinessTime time;

	private final Side side;

	RateReviewForm(String formKey, Class<F> contract, ReviewService reviews, ReviewDates dates, BusinessTime time,
			Side side) {
		super(formKey, contract);
		this.reviews = reviews;
		this.dates = dates;
		this.time = time;
		this.side = side;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("meetingDate", review.getMeetingAt() == null ? "–" : time.display(review.getMeetingAt()))
			.put("ratingDeadline", review.getMeetingAt() == null ? "–" : time.display(dates.ratingDeadlineOf(review)))
			.put("currency", reviews.currency());
	}

	/**
	 * The four values, the two amounts of value received in the side's own terms, and the
	 * side's agenda topics.
	 */
	protected void rate(DelegateTask task, ValueRatings ratings, BigDecimal first, BigDecimal second, String comment,
			List<AgendaTopic> agendaTopics) {
		List<ReviewService.Topic> topics = agendaTopics == null ? List.of()
				: agendaTopics.stream().map(t -> new ReviewService.Topic(t.kind(), t.title(), t.text())).toList();
		reviews.rate(reviews.ofProcess(task.getProcessInstanceId()).getId(), side, ratings, first, second, comment,
				topics);
	}

}
