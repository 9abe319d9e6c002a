package com.partnerlifecycle.agreement;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.reminder.ReminderOutbox;

/**
 * The agreement's send task in processes/partnership-lifecycle.bpmn
 * ({@code ${remindRenewal}}), its own job with the retry cycle; the outbox sends each
 * mail once.
 */
@Configuration
class AgreementSteps {

	private final ReminderOutbox outbox;

	private final AgreementMails mails;

	AgreementSteps(ReminderOutbox outbox, AgreementMails mails) {
		this.outbox = outbox;
		this.mails = mails;
	}

	/** The lifecycle's business key is the partner id: never a variable. */
	@Bean
	JavaDelegate remindRenewal() {
		return execution -> outbox.deliver(mails.renewal(execution.getProcessBusinessKey()));
	}

}
