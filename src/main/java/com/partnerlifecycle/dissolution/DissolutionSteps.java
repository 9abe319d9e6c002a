package com.partnerlifecycle.dissolution;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.reminder.ReminderOutbox;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewMails;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ReviewStatus;

/**
 * The dissolution's send task in processes/partnership-dissolution.bpmn ({@code ${cancelReviewMeetings}}), its own
 * job with the retry cycle; the outbox sends each mail once.
 */
@Configuration
class DissolutionSteps {

	private final ReminderOutbox outbox;

	private final ReviewMails reviewMails;

	private final ReviewService reviews;

	DissolutionSteps(ReminderOutbox outbox, ReviewMails reviewMails, ReviewService reviews) {
		this.outbox = outbox;
		this.reviewMails = reviewMails;
		this.reviews = reviews;
	}

	/** The dissolution cancelled reviews whose meeting was set: their calendar entries are cancelled. */
	@Bean
	JavaDelegate cancelReviewMeetings() {
		return execution -> reviews.history(execution.getProcessBusinessKey())
			.stream()
			.filter(r -> r.getStatus() == ReviewStatus.CANCELLED && r.getMeetingAt() != null)
			.map(Review::getId)
			.forEach(id -> outbox.deliver(reviewMails.cancellation(id)));
	}

}
