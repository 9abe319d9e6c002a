package com.partnerlifecycle.summit;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.CallingProcess;
import com.partnerlifecycle.partner.PartnerService;

/**
 * What the summit's processes ask in expressions (bean {@code summits}): the yearly
 * cycle, the partners to call, the due dates, the count the gateway reads, a partner's
 * group. The deployed version passes its own instance's id
 * ({@code ${summits.heldAtIn(execution.processInstanceId)}}): the summit is the one that
 * instance runs, or the one whose invitation it answers. Older versions, which run until
 * they end, pass their execution (version 2) or ids read from variables (version 1),
 * checked against the calling instance. The records are {@link SummitService}'s.
 */
@Component("summits")
public class SummitCalendar {

	private final SummitService summits;

	private final PartnerService partners;

	SummitCalendar(SummitService summits, PartnerService partners) {
		this.summits = summits;
		this.partners = partners;
	}

	/**
	 * The yearly timer start event's cycle: the next opening day, then every year
	 * ({@code R/start/P1Y}).
	 */
	public String schedule() {
		return summits.schedule();
	}

	// the deployed version: the calling instance's own id

	/**
	 * The partners invited, for the multi-instance call of their proposals: one instance
	 * each.
	 */
	public List<String> invitedPartnersIn(String processInstanceId) {
		return summits.invitedPartners(running(processInstanceId).getId());
	}

	/** When proposals are due, for the summit's instance and each partner's. */
	public Date proposalsDueIn(String processInstanceId) {
		return summits.proposalsDue(belongingTo(processInstanceId).getId());
	}

	/** When a partner's proposals instance reminds it. */
	public Date proposalReminderAtIn(String processInstanceId) {
		return summits.proposalReminderAt(belongingTo(processInstanceId).getId());
	}

	/** The executives decide on the proposals by the summit. */
	public Date heldAtIn(String processInstanceId) {
		return summits.heldAt(running(processInstanceId).getId());
	}

	/** Whether there is anything to review. */
	public long proposalCountIn(String processInstanceId) {
		return summits.proposalCount(running(processInstanceId).getId());
	}

	/**
	 * The group holding the partner's representatives, for its proposal task: the partner
	 * is the calling instance's business key (version 1: one the calling summit invited).
	 */
	public String partnerGroup(String partnerId) {
		mustBeInvitedByCaller(partnerId);
		return partners.groupOf(partnerId);
	}

	// version 2 (annual-partner-summit 2.0, summit-partner-proposals 1.0) passes its
	// execution

	/**
	 * @deprecated version 2; see {@link #invitedPartnersIn}
	 */
	@Deprecated
	public List<String> invitedPartnersOf(DelegateExecution execution) {
		return invitedPartnersIn(execution.getProcessInstanceId());
	}

	/**
	 * @deprecated version 2; the deployed version's start listener is
	 * {@code ${summitProposalsStarted}}
	 */
	@Deprecated
	public void proposalsStarted(DelegateExecution execution) {
		SummitSteps.proposalsStarted(summits, execution);
	}

	/**
	 * @deprecated version 2; see {@link #proposalsDueIn}
	 */
	@Deprecated
	public Date proposalsDueOf(DelegateExecution execution) {
		return proposalsDueIn(execution.getProcessInstanceId());
	}

	/**
	 * @deprecated version 2; see {@link #proposalReminderAtIn}
	 */
	@Deprecated
	public Date proposalReminderAtOf(DelegateExecution execution) {
		return proposalReminderAtIn(execution.getProcessInstanceId());
	}

	/**
	 * @deprecated version 2; see {@link #heldAtIn}
	 */
	@Deprecated
	public Date heldAtOf(DelegateExecution execution) {
		return heldAtIn(execution.getProcessInstanceId());
	}

	/**
	 * @deprecated version 2; the deployed version's step is {@code ${closeSummitRound}}
	 */
	@Deprecated
	public void closeRoundOf(DelegateExecution execution) {
		summits.closeRound(running(execution.getProcessInstanceId()).getId());
	}

	/**
	 * @deprecated version 2; see {@link #proposalCountIn}
	 */
	@Deprecated
	public long proposalCountOf(DelegateExecution execution) {
		return proposalCountIn(execution.getProcessInstanceId());
	}

	/**
	 * @deprecated version 2; the deployed version's step is
	 * {@code ${recordSummitOutcome}}
	 */
	@Deprecated
	public void recordOutcomeOf(DelegateExecution execution) {
		summits.recordOutcome(running(execution.getProcessInstanceId()).getId());
	}

	// version 1 (moved onto the deployed version at start-up by SummitProposalsMigration)
	// passes ids it read from
	// variables, which must belong to the calling instance

	/** Version 1: the partners invited, for the multi-instance proposal task. */
	public List<String> invitedPartners(Long summitId) {
		return summits.invitedPartners(called(summitId));
	}

	/** Version 1: due date of the proposal tasks. */
	public Date proposalsDue(Long summitId) {
		return summits.proposalsDue(called(summitId));
	}

	/** Version 1: when a partner that has not proposed yet is reminded. */
	public Date proposalReminderAt(Long summitId) {
		return summits.proposalReminderAt(called(summitId));
	}

	/** Version 1: the executives decide on the proposals by the summit. */
	public Date heldAt(Long summitId) {
		return summits.heldAt(called(summitId));
	}

	/** Version 1: the executives start reviewing. */
	public void closeRound(Long summitId) {
		summits.closeRound(called(summitId));
	}

	/** Version 1: whether there is anything to review. */
	public long proposalCount(Long summitId) {
		return summits.proposalCount(called(summitId));
	}

	/** Version 1: the outcome is recorded. */
	public void recordOutcome(Long summitId) {
		summits.recordOutcome(called(summitId));
	}

	/** Version 1: the partner's name, for its proposal task. */
	public String partnerName(String partnerId) {
		mustBeInvitedByCaller(partnerId);
		return summits.nameOf(partnerId);
	}

	/** The summit the instance runs; the id is the calling instance's own. */
	private Summit running(String processInstanceId) {
		return summits.openedBy(own(processInstanceId));
	}

	/**
	 * The summit the instance runs, or whose invitation it answers (a partner's proposals
	 * instance).
	 */
	private Summit belongingTo(String processInstanceId) {
		return summits.summitOf(own(processInstanceId));
	}

	private static String own(String processInstanceId) {
		CallingProcess.mustRun(processInstanceId, "Process instance " + processInstanceId);
		return processInstanceId;
	}

	/** A summit asked for by id: it must be the one the calling instance runs. */
	private Long called(Long summitId) {
		Summit summit = summits.get(summitId);
		CallingProcess.mustRun(summit.getProcessInstanceId(), "Summit " + summitId);
		return summitId;
	}

	/**
	 * A partner an expression asks for: called by a summit (version 1, where each
	 * partner's task ran inside it), the partner must be one it invited; called by any
	 * other instance, the partner must be its business key.
	 */
	private void mustBeInvitedByCaller(String partnerId) {
		String calling = CallingProcess.processInstanceId();
		if (calling == null) {
			return; // the product's own call
		}
		Optional<Summit> summit = summits.findOpenedBy(calling);
		if (summit.isEmpty()) {
			CallingProcess.mustBePartner(partnerId);
		}
		else if (!summits.isInvited(summit.get().getId(), partnerId)) {
			throw new IllegalStateException("Partner " + partnerId + " is not invited to summit " + summit.get().getId()
					+ ", which process instance " + calling + " runs");
		}
	}

}
