package com.partnerlifecycle.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.reminder.ReminderOutbox;

/**
 * The steps of processes/business-review.bpmn, one bean each
 * ({@code camunda:delegateExpression="${sendInvitations}"}), the review found from the
 * process instance, never from a variable. Each send task runs as its own job
 * ({@code asyncBefore} with the retry cycle): a RuntimeException (mail server down) makes
 * the engine retry, then raise an incident; the outbox makes a retry send only what was
 * not sent.
 */
@Configuration
class ReviewSteps {

	private final ReminderOutbox outbox;

	private final ReviewMails mails;

	private final ReviewService reviews;

	ReviewSteps(ReminderOutbox outbox, ReviewMails mails, ReviewService reviews) {
		this.outbox = outbox;
		this.mails = mails;
		this.reviews = reviews;
	}

	/**
	 * "Open the review": the review record, numbered and dated on the agreement's
	 * calendar.
	 */
	@Bean
	JavaDelegate openReview() {
		return execution -> {
			Review review = reviews.open(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
			execution.setVariable(ReviewProcess.REVIEW_ID, review.getId());
		};
	}

	/** "Reveal both sides' ratings": both have rated, or the rating deadline passed. */
	@Bean
	JavaDelegate revealRatings() {
		return execution -> reviews.reveal(reviewId(execution));
	}

	/**
	 * "Assess the partnership's health": both sides have rated; the rules find health,
	 * mode and recommendation.
	 */
	@Bean
	JavaDelegate assessReviewHealth() {
		return execution -> {
			ReviewOutcome outcome = reviews.assess(reviewId(execution));
			execution.setVariable(ReviewProcess.REVIEW_RECOMMENDATION, outcome.recommendation().name());
		};
	}

	@Bean
	JavaDelegate remindToSchedule() {
		return execution -> outbox.deliver(mails.scheduleMeeting(reviewId(execution)));
	}

	@Bean
	JavaDelegate sendInvitations() {
		return execution -> outbox.deliver(mails.invitation(reviewId(execution)));
	}

	@Bean
	JavaDelegate remindToPrepare() {
		return execution -> outbox.deliver(mails.prepare(reviewId(execution)));
	}

	/**
	 * The ratings are revealed: each side's participants get the agenda, the buyer's copy
	 * with the recommendation.
	 */
	@Bean
	JavaDelegate sendAgenda() {
		return execution -> {
			Long reviewId = reviewId(execution);
			for (Side side : Side.values()) {
				outbox.deliver(mails.agenda(reviewId, side));
			}
		};
	}

	@Bean
	JavaDelegate escalateOverdueReview() {
		return execution -> outbox.deliver(mails.escalation(reviewId(execution)));
	}

	/**
	 * The review whose process runs the step: found from the process instance, never from
	 * a variable.
	 */
	private Long reviewId(DelegateExecution execution) {
		return reviews.ofProcess(execution.getProcessInstanceId()).getId();
	}

}
