package com.partnerlifecycle.review;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;

/**
 * One side's rating task. The form shows the meeting, never the other side's ratings: the submission goes to the
 * records and never becomes a process variable, so nothing of one side is visible to the other.
 */
abstract class RateReviewForm<F extends Record> extends FormTaskListener<F> {

	private final ReviewService reviews;

	private final BusinessTime time;

	private final Side side;

	RateReviewForm(String formKey, Class<F> contract, ReviewService reviews, BusinessTime time, Side side) {
		super(formKey, contract);
		this.reviews = reviews;
		this.time = time;
		this.side = side;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("meetingDate", review.getMeetingAt() == null ? "–" : time.display(review.getMeetingAt()))
			.put("currency", reviews.currency());
	}

	/** The four values and the two amounts of value received, in the side's own terms. */
	protected void rate(DelegateTask task, ValueRatings ratings, BigDecimal first, BigDecimal second, String comment) {
		reviews.rate(reviews.ofProcess(task.getProcessInstanceId()).getId(), side, ratings, first, second, comment);
	}

}
