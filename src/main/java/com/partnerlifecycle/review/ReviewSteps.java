package com.partnerlifecycle.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewService;

/**
 * The send tasks of the BPMN, one bean each ({@code camunda:delegateExpression="${sendInvitations}"}). Each runs as
 * its own job ({@code asyncBefore} with the retry cycle): a RuntimeException (mail server down) makes the engine
 * retry, then raise an incident; the outbox makes a retry send only what was not sent.
 */
@Configuration
class ReminderSteps {

	private final ReminderOutbox outbox;

	private final ReviewReminders reminders;

	private final ReviewService reviews;

	ReminderSteps(ReminderOutbox outbox, ReviewReminders reminders, ReviewService reviews) {
		this.outbox = outbox;
		this.reminders = reminders;
		this.reviews = reviews;
	}

	@Bean
	JavaDelegate remindToSchedule() {
		return execution -> outbox.deliver(reminders.scheduleMeeting(reviewId(execution)));
	}

	@Bean
	JavaDelegate sendInvitations() {
		return execution -> outbox.deliver(reminders.invitation(reviewId(execution)));
	}

	@Bean
	JavaDelegate remindToPrepare() {
		return execution -> outbox.deliver(reminders.prepare(reviewId(execution)));
	}

	/** The ratings are revealed: each side's participants get the agenda, the buyer's copy with the recommendation. */
	@Bean
	JavaDelegate sendAgenda() {
		return execution -> {
			Long reviewId = reviewId(execution);
			for (com.partnerlifecycle.common.Side side : com.partnerlifecycle.common.Side.values()) {
				outbox.deliver(reminders.agenda(reviewId, side));
			}
		};
	}

	@Bean
	JavaDelegate escalateOverdueReview() {
		return execution -> outbox.deliver(reminders.escalation(reviewId(execution)));
	}

	@Bean
	JavaDelegate remindRenewal() {
		return execution -> outbox.deliver(reminders.renewal(execution.getProcessBusinessKey()));
	}

	/** The dissolution cancelled reviews whose meeting was set: their calendar entries are cancelled. */
	@Bean
	JavaDelegate cancelReviewMeetings() {
		return execution -> reviews.history(execution.getProcessBusinessKey())
			.stream()
			.filter(r -> r.getStatus() == com.partnerlifecycle.review.ReviewStatus.CANCELLED && r.getMeetingAt() != null)
			.map(Review::getId)
			.forEach(id -> outbox.deliver(reminders.cancellation(id)));
	}

	/** The review whose process runs the step: found from the process instance, never from a variable. */
	private Long reviewId(DelegateExecution execution) {
		return reviews.ofProcess(execution.getProcessInstanceId()).getId();
	}


}
