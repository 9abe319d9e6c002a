package com.partnerlifecycle.summit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.hibernate.validator.constraints.Range;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.ProcessVariables;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.partner.PartnerGroups;

/**
 * "Submit roadmap proposals": one task per invited partner, for its representatives, in
 * the partner's own process instance (summit-partner-proposals). The invitation, and
 * through it the summit and the partner, is found from that instance, never from a
 * variable.
 */
@Component("submitRoadmapProposalsForm")
class SubmitRoadmapProposalsForm extends FormTaskListener<SubmitRoadmapProposalsForm.RoadmapProposals> {

	static final String PROPOSALS = "proposals";

	static final String NO_PROPOSAL = "noProposal";

	/**
	 * Form {@code submit-roadmap-proposals}: the proposals, or the box "we have no
	 * proposal this year".
	 */
	record RoadmapProposals(@Valid List<Proposal> proposals, Boolean noProposal) {
	}

	/**
	 * One row of the list. Its required fields are checked here, in the form's order, so
	 * that the first empty field of a row is the one named (Bean Validation would name
	 * them alphabetically); lengths and range by annotation.
	 */
	record Proposal(@Size(max = 200, message = "must be at most 200 characters") String title,
			@Size(max = 2000, message = "must be at most 2000 characters") String valueToBuyer,
			@Range(min = 1, max = 10000) Integer effortDays) {

		Proposal {
			required("title", title);
			required("valueToBuyer", valueToBuyer);
			required("effortDays", effortDays);
		}

		private static void required(String field, Object value) {
			if (value == null) {
				throw new InvalidInputException(field, "is required");
			}
		}
	}

	/**
	 * The invitation a task answers, and whether the task is still one of version 1
	 * (inside the summit).
	 */
	private record Answering(Long summitId, String partnerId, boolean insideTheSummit) {
	}

	private final SummitService summits;

	private final BusinessTime time;

	private final IdentityService identityService;

	private final PartnerGroups partnerGroups;

	private final com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks;

	SubmitRoadmapProposalsForm(SummitService summits, BusinessTime time, IdentityService identityService,
			PartnerGroups partnerGroups, com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks) {
		super("submit-roadmap-proposals", RoadmapProposals.class);
		this.taskLinks = taskLinks;
		this.partnerGroups = partnerGroups;
		this.summits = summits;
		this.time = time;
		this.identityService = identityService;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Answering answering = answering(task);
		Map<String, Object> empty = new LinkedHashMap<>();
		empty.put("title", "");
		empty.put("valueToBuyer", "");
		SummitForms.header(task, summits.get(answering.summitId()), time)
			.put("partnerName", summits.nameOf(answering.partnerId()))
			.put(PROPOSALS, List.of(empty))
			.put(NO_PROPOSAL, false);
		taskLinks.offer(task, answering.partnerId(), null); // the partner's contacts get
															// a link to propose
	}

	@Override
	protected void submit(DelegateTask task, RoadmapProposals form) {
		Answering answering = answering(task);
		if (answering.insideTheSummit()) {
			mustRepresent(answering.partnerId());
		}
		List<SummitService.ProposalInput> proposals = List.of();
		if (!Boolean.TRUE.equals(form.noProposal())) {
			proposals = form.proposals() == null ? List.of()
					: form.proposals()
						.stream()
						.map(p -> new SummitService.ProposalInput(p.title(), p.valueToBuyer(), p.effortDays()))
						.toList();
			if (proposals.isEmpty()) {
				throw new InvalidInputException(PROPOSALS,
						"add at least one proposal, or tick \"We have no proposal this year\"");
			}
		}
		summits.submit(answering.summitId(), answering.partnerId(), proposals);
	}

	/**
	 * The partner's own instance names its invitation. A task of version 1 still ran
	 * inside the summit's instance until {@link SummitProposalsMigration} moves it at
	 * start-up: there the summit is the task's instance and the partner its
	 * multi-instance element, which must be invited to that summit.
	 */
	private Answering answering(DelegateTask task) {
		return summits.invitationProposingIn(task.getProcessInstanceId())
			.map(invitation -> new Answering(invitation.getSummitId(), invitation.getPartnerId(), false))
			.orElseGet(() -> {
				Summit summit = summits.openedBy(task.getProcessInstanceId());
				String partnerId = ProcessVariables.find(task, SummitProcess.PARTNER_ID, String.class).orElse(null);
				if (partnerId == null || !summits.isInvited(summit.getId(), partnerId)) {
					throw new IllegalStateException(
							"Task " + task.getId() + " answers no invitation to summit " + summit.getId());
				}
				return new Answering(summit.getId(), partnerId, true);
			});
	}

	/**
	 * In version 1 the partner came from a variable: only its own representatives may
	 * answer for it.
	 */
	private void mustRepresent(String partnerId) {
		Authentication user = identityService.getCurrentAuthentication();
		if (user != null && (user.getGroupIds() == null
				|| !partnerGroups.find(partnerId).map(user.getGroupIds()::contains).orElse(false))) {
			throw new InvalidInputException(PROPOSALS,
					"only the representatives of " + summits.nameOf(partnerId) + " may answer for it");
		}
	}

}
