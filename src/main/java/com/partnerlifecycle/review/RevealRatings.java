package com.partnerlifecycle.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reveal both sides' ratings": both have rated, or the rating deadline passed. */
@Component("revealRatings")
class RevealRatings implements JavaDelegate {

	private final ReviewService reviews;

	RevealRatings(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.reveal(reviews.ofProcess(execution.getProcessInstanceId()).getId());
	}

}
