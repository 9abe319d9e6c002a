package com.partnerlifecycle.dissolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lifecycle's end events that start a dissolution record why, one listener bean per cause
 * ({@code camunda:executionListener delegateExpression="${dissolutionCauseTermEnded}"}); the dissolution's call
 * passes the cause in, and "Open the dissolution record" reads it. A termination request sets it itself.
 */
@Configuration
class DissolutionListeners {

	@Bean
	ExecutionListener dissolutionCauseReviewDecision() {
		return execution -> recordCause(execution, DissolutionCause.REVIEW_DECISION);
	}

	@Bean
	ExecutionListener dissolutionCauseTermEnded() {
		return execution -> recordCause(execution, DissolutionCause.TERM_ENDED);
	}

	/** On the lifecycle's instance, not the ending subprocess's scope: the dissolution's call reads it there. */
	static void recordCause(DelegateExecution execution, DissolutionCause cause) {
		execution.getProcessInstance().setVariable(DissolutionProcess.DISSOLUTION_CAUSE, cause.name());
	}

}
