package com.partnerlifecycle.summit;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.common.ProcessVariables;
import com.partnerlifecycle.reminder.ReminderOutbox;

/**
 * The steps of the summit's processes, one bean each
 * ({@code camunda:delegateExpression}): each finds its summit or invitation from the
 * process instance (or the instance that called it), never from a variable, and calls
 * {@link SummitService} with ids. The send tasks each run as their own job with the retry
 * cycle, and the outbox sends each mail once: a retry sends only what was not sent.
 */
@Configuration
class SummitSteps {

	/**
	 * what a start message carried before the record came first (SummitService.openByHand
	 * now records it)
	 */
	static final String TITLE = "title";

	static final String HELD_ON = "heldOn";

	static final String PROPOSALS_DUE = "proposalsDue";

	static final String LOCATION = "location";

	private final ReminderOutbox outbox;

	private final SummitMail mail;

	private final SummitService summits;

	SummitSteps(ReminderOutbox outbox, SummitMail mail, SummitService summits) {
		this.outbox = outbox;
		this.mail = mail;
		this.summits = summits;
	}

	/**
	 * "Open the summit". Opened by hand, the record exists and the start message named it
	 * (business key); opened by the yearly timer, the summit takes its dates from the
	 * calendar.
	 */
	@Bean
	JavaDelegate openSummit() {
		return execution -> {
			Long recorded = SummitProcess.summitIdOf(execution.getProcessBusinessKey());
			Summit summit = recorded != null ? summits.openRecorded(recorded, execution.getProcessInstanceId())
					: openWithoutRecord(execution);
			execution.setProcessBusinessKey(SummitProcess.businessKey(summit.getId()));
			execution.setVariable(SummitProcess.SUMMIT_ID, summit.getId());
			execution.setVariable(SummitProcess.INVITED_PARTNERS, summits.invitees(summit.getId()).size());
		};
	}

	/**
	 * The yearly timer's start, or a start message that carries what was entered, as it
	 * did before the record came first (the engine API still takes one): checked here, so
	 * that a bad date refuses the start.
	 */
	private Summit openWithoutRecord(DelegateExecution execution) {
		String openedBy = ProcessVariables.find(execution, SummitProcess.OPENED_BY, String.class).orElse(null);
		SummitService.Plan plan = execution.hasVariable(HELD_ON) ? summits.planByHand(text(execution, TITLE),
				date(execution, HELD_ON), date(execution, PROPOSALS_DUE), text(execution, LOCATION))
				: summits.planFromCalendar();
		Summit summit = summits.open(plan, execution.getProcessInstanceId(), openedBy);
		for (String entered : new String[] { TITLE, HELD_ON, PROPOSALS_DUE, LOCATION }) {
			execution.removeVariable(entered); // the record holds them now
		}
		return summit;
	}

	@Bean
	JavaDelegate sendSummitInvitations() {
		return execution -> mail.invitations(summitId(execution)).forEach(outbox::deliver);
	}

	/**
	 * "Close the proposal round": whoever has not proposed is recorded as "no proposal".
	 */
	@Bean
	JavaDelegate closeSummitRound() {
		return execution -> summits.closeRound(summitId(execution));
	}

	@Bean
	JavaDelegate recordSummitOutcome() {
		return execution -> summits.recordOutcome(summitId(execution));
	}

	/**
	 * "Invited to propose", the start of a partner's proposals instance: its invitation
	 * records the instance.
	 */
	@Bean
	ExecutionListener summitProposalsStarted() {
		return execution -> proposalsStarted(summits, execution);
	}

	/**
	 * The partner's own proposals instance names the invitation. In version 1 the
	 * reminder ran inside the summit's instance, with the partner as the multi-instance
	 * element: it must be invited to that summit.
	 */
	@Bean
	JavaDelegate remindToPropose() {
		return execution -> {
			Optional<SummitInvitee> own = summits.invitationProposingIn(execution.getProcessInstanceId());
			Long summitId = own.map(SummitInvitee::getSummitId).orElseGet(() -> summitId(execution));
			String partnerId = own.map(SummitInvitee::getPartnerId)
				.orElseGet(() -> invitedElement(execution, summitId));
			mail.proposalReminder(summitId, partnerId).forEach(outbox::deliver);
		};
	}

	@Bean
	JavaDelegate sendSummitOutcome() {
		return execution -> mail.outcome(summitId(execution)).forEach(outbox::deliver);
	}

	/**
	 * A partner's proposals instance has started: the summit is the calling instance's
	 * (super execution), the partner the business key the summit's call gave.
	 */
	static void proposalsStarted(SummitService summits, DelegateExecution execution) {
		DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
		if (caller == null) {
			throw new IllegalStateException(
					"A partner's summit proposals are started by the summit's proposal round only");
		}
		summits.proposesIn(summits.openedBy(caller.getProcessInstanceId()).getId(), execution.getProcessBusinessKey(),
				execution.getProcessInstanceId());
	}

	/**
	 * Version 1 reminded inside the summit's instance, the partner being the
	 * multi-instance element: it must be invited to that summit. (Version 2 reminds in
	 * the partner's own instance, which names the invitation.)
	 */
	private String invitedElement(DelegateExecution execution, Long summitId) {
		String partnerId = ProcessVariables.find(execution, SummitProcess.PARTNER_ID, String.class).orElse(null);
		if (partnerId == null || !summits.isInvited(summitId, partnerId)) {
			throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
					+ " reminds no partner invited to summit " + summitId);
		}
		return partnerId;
	}

	/**
	 * The summit whose instance runs the step: found from the process instance, never
	 * from a variable.
	 */
	private Long summitId(DelegateExecution execution) {
		return summits.openedBy(execution.getProcessInstanceId()).getId();
	}

	/** The product's own start message carried the days as ISO dates. */
	private static LocalDate date(DelegateExecution execution, String name) {
		return LocalDate.parse(text(execution, name));
	}

	private static String text(DelegateExecution execution, String name) {
		return ProcessVariables.find(execution, name, Object.class).map(Object::toString).orElse(null);
	}

}
