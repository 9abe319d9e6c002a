package com.partnerlifecycle.review;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.Side;

/**
 * One side's rating task. The form shows the meeting, never the other side's ratings: ratings go to the
 * records and the inputs are removed from the process, so nothing of one side is visible to the other.
 */
abstract class RateReviewForm extends FormTaskListener {

	private final ReviewService reviews;

	private final BusinessTime time;

	private final Side side;

	private final String firstValue;

	private final String secondValue;

	RateReviewForm(ReviewService reviews, BusinessTime time, Side side, String firstValue, String secondValue) {
		this.reviews = reviews;
		this.time = time;
		this.side = side;
		this.firstValue = firstValue;
		this.secondValue = secondValue;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.get(ReviewProcess.reviewId(task));
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("meetingDate", review.getMeetingAt() == null ? "–" : time.display(review.getMeetingAt()))
			.put("currency", reviews.currency());
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		ValueRatings ratings = new ValueRatings(input.wholeNumber("ratingCooperative", 1, 5),
				input.wholeNumber("ratingTransparent", 1, 5), input.wholeNumber("ratingEndUserFocused", 1, 5),
				input.wholeNumber("ratingInnovationDriven", 1, 5));
		BigDecimal first = input.amount(firstValue);
		BigDecimal second = input.amount(secondValue);
		reviews.rate(ReviewProcess.reviewId(task), side, ratings, first, second,
				input.optionalText("ratingComment", 4000));
		input.consume();
	}

}
