package com.partnerlifecycle.summit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.reminder.ReminderOutbox;

/**
 * The summit's send tasks, one bean each. Like the review's, each runs as its own job with the retry cycle, and
 * the outbox sends each mail once: a retry sends only what was not sent.
 */
@Configuration
class SummitSteps {

	private final ReminderOutbox outbox;

	private final SummitMail mail;

	SummitSteps(ReminderOutbox outbox, SummitMail mail) {
		this.outbox = outbox;
		this.mail = mail;
	}

	@Bean
	JavaDelegate sendSummitInvitations() {
		return execution -> mail.invitations(summitId(execution)).forEach(outbox::deliver);
	}

	@Bean
	JavaDelegate remindToPropose() {
		return execution -> mail
			.proposalReminder(summitId(execution), (String) execution.getVariable(SummitProcess.PARTNER_ID))
			.forEach(outbox::deliver);
	}

	@Bean
	JavaDelegate sendSummitOutcome() {
		return execution -> mail.outcome(summitId(execution)).forEach(outbox::deliver);
	}

	private static Long summitId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SummitProcess.SUMMIT_ID)).longValue();
	}

}
