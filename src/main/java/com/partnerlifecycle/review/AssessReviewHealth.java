package com.partnerlifecycle.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Assess the partnership's health": both sides have rated; the rules find health, mode and recommendation. */
@Component("assessReviewHealth")
class AssessReviewHealth implements JavaDelegate {

	private final ReviewService reviews;

	AssessReviewHealth(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReviewOutcome outcome = reviews.assess(reviews.ofProcess(execution.getProcessInstanceId()).getId());
		execution.setVariable(ReviewProcess.REVIEW_RECOMMENDATION, outcome.recommendation().name());
	}

}
