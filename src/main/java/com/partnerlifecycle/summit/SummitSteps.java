package com.partnerlifecycle.summit;

import java.util.Optional;

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

	private final SummitService summits;

	SummitSteps(ReminderOutbox outbox, SummitMail mail, SummitService summits) {
		this.outbox = outbox;
		this.mail = mail;
		this.summits = summits;
	}

	@Bean
	JavaDelegate sendSummitInvitations() {
		return execution -> mail.invitations(summitId(execution)).forEach(outbox::deliver);
	}

	/**
	 * The partner's own proposals instance names the invitation. In version 1 the reminder ran inside the summit's
	 * instance, with the partner as the multi-instance element: it must be invited to that summit.
	 */
	@Bean
	JavaDelegate remindToPropose() {
		return execution -> {
			Optional<SummitInvitee> own = summits.invitationProposingIn(execution.getProcessInstanceId());
			Long summitId = own.map(SummitInvitee::getSummitId).orElseGet(() -> summitId(execution));
			String partnerId = own.map(SummitInvitee::getPartnerId).orElseGet(() -> invitedElement(execution, summitId));
			mail.proposalReminder(summitId, partnerId).forEach(outbox::deliver);
		};
	}

	@Bean
	JavaDelegate sendSummitOutcome() {
		return execution -> mail.outcome(summitId(execution)).forEach(outbox::deliver);
	}

	/**
	 * Version 1 reminded inside the summit's instance, the partner being the multi-instance element: it must be
	 * invited to that summit. (Version 2 reminds in the partner's own instance, which names the invitation.)
	 */
	private String invitedElement(DelegateExecution execution, Long summitId) {
		String partnerId = (String) execution.getVariable(SummitProcess.PARTNER_ID);
		if (partnerId == null || !summits.isInvited(summitId, partnerId)) {
			throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
					+ " reminds no partner invited to summit " + summitId);
		}
		return partnerId;
	}

	/** The summit whose instance runs the step: found from the process instance, never from a variable. */
	private Long summitId(DelegateExecution execution) {
		return summits.openedBy(execution.getProcessInstanceId()).getId();
	}

}
