package com.partnerlifecycle.dissolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.common.ProcessVariables;
import com.partnerlifecycle.reminder.ReminderOutbox;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewMails;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ReviewStatus;

/**
 * The dissolution's steps, one bean each, found by name from the BPMN
 * ({@code camunda:delegateExpression}): the partnership is the instance's business key
 * (partner id), never a variable a user could write. The send task is its own job with
 * the retry cycle; the outbox sends each mail once.
 */
@Configuration
class DissolutionSteps {

	private final DissolutionService dissolutions;

	private final ReminderOutbox outbox;

	private final ReviewMails reviewMails;

	private final ReviewService reviews;

	DissolutionSteps(DissolutionService dissolutions, ReminderOutbox outbox, ReviewMails reviewMails,
			ReviewService reviews) {
		this.dissolutions = dissolutions;
		this.outbox = outbox;
		this.reviewMails = reviewMails;
		this.reviews = reviews;
	}

	/**
	 * "Open the dissolution record": why it ends (the lifecycle passed the cause in);
	 * reviews under way are cancelled.
	 */
	@Bean
	JavaDelegate openDissolution() {
		return execution -> {
			String cause = ProcessVariables.find(execution, DissolutionProcess.DISSOLUTION_CAUSE, String.class)
				.orElseThrow(() -> new IllegalStateException("The dissolution was started without a cause"));
			dissolutions.open(execution.getProcessBusinessKey(), DissolutionCause.valueOf(cause));
		};
	}

	/**
	 * The dissolution cancelled reviews whose meeting was set: their calendar entries are
	 * cancelled.
	 */
	@Bean
	JavaDelegate cancelReviewMeetings() {
		return execution -> reviews.history(execution.getProcessBusinessKey())
			.stream()
			.filter(r -> r.getStatus() == ReviewStatus.CANCELLED && r.getMeetingAt() != null)
			.map(Review::getId)
			.forEach(id -> outbox.deliver(reviewMails.cancellation(id)));
	}

	/**
	 * "Archive the partnership record": nothing is deleted; the record becomes read-only.
	 */
	@Bean
	JavaDelegate archivePartnership() {
		return execution -> dissolutions.archive(execution.getProcessBusinessKey());
	}

	/**
	 * The lifecycle's end events that start a dissolution record why, one listener bean
	 * per cause ({@code camunda:executionListener
	 * delegateExpression="${dissolutionCauseTermEnded}"}); the dissolution's call passes
	 * the cause in. A termination request sets it itself.
	 */
	@Bean
	ExecutionListener dissolutionCauseReviewDecision() {
		return execution -> recordCause(execution, DissolutionCause.REVIEW_DECISION);
	}

	@Bean
	ExecutionListener dissolutionCauseTermEnded() {
		return execution -> recordCause(execution, DissolutionCause.TERM_ENDED);
	}

	/**
	 * On the lifecycle's instance, not the ending subprocess's scope: the dissolution's
	 * call reads it there.
	 */
	static void recordCause(DelegateExecution execution, DissolutionCause cause) {
		execution.getProcessInstance().setVariable(DissolutionProcess.DISSOLUTION_CAUSE, cause.name());
	}

}
