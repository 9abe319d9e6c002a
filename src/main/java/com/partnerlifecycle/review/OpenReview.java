package com.partnerlifecycle.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Open the review": the review record, numbered and dated on the agreement's calendar. */
@Component("openReview")
class OpenReview implements JavaDelegate {

	private final ReviewService reviews;

	OpenReview(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Review review = reviews.open(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
		execution.setVariable(ReviewProcess.REVIEW_ID, review.getId());
	}

}
