package com.partnerlifecycle.summit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.reminder.CalendarInvites;
import com.partnerlifecycle.reminder.ReminderBatch;
import com.partnerlifecycle.reminder.ReminderBatch.Recipient;
import com.partnerlifecycle.reminder.ReminderKind;
import com.partnerlifecycle.reminder.Recipients;

/**
 * What the summit's mails say and who gets them: each partner's representatives (the
 * users of its group and its contact address) and the executives. Each partner gets its
 * own mail, so no partner sees another's people.
 */
@Component
class SummitMail {

	private final SummitService summits;

	private final PartnerService partners;

	private final Recipients recipients;

	private final BusinessTime time;

	SummitMail(SummitService summits, PartnerService partners, Recipients recipients, BusinessTime time) {
		this.summits = summits;
		this.partners = partners;
		this.recipients = recipients;
		this.time = time;
	}

	/**
	 * The invitation with a calendar entry: one batch for the executives, one per invited
	 * partner.
	 */
	@Transactional(readOnly = true)
	List<ReminderBatch> invitations(Long summitId) {
		Summit summit = summits.get(summitId);
		String when = time.display(summit.getHeldAt())
				+ (summit.getLocation() == null ? "" : ", " + summit.getLocation());
		List<ReminderBatch> batches = new ArrayList<>();
		List<Recipient> executives = recipients.membersOf(Groups.EXECUTIVES);
		List<String> invited = summits.invitees(summitId).stream().map(SummitInvitee::getPartnerId).toList();
		String executivesText = summit.getTitle() + " takes place on " + when + ". " + invited.size()
				+ " active partners are invited and will submit their roadmap proposals by " + summit.getProposalsDue()
				+ ". You will review them in Tasklist (task \"Start the proposal review\", then \"Review the proposals\").";
		batches.add(invitation(summit, null, "executives", executives, executivesText));
		for (String partnerId : invited) {
			Partner partner = partners.get(partnerId);
			String text = "We invite " + partner.getName() + " to our " + summit.getTitle() + " on " + when
					+ ". We will present our IT roadmap, hear your proposals and share best practices.\n\n"
					+ "Please submit your roadmap proposals (title, value to us, effort) by " + summit.getProposalsDue()
					+ " in Tasklist (task \"Submit roadmap proposals\").";
			batches.add(invitation(summit, partnerId, partnerId, representatives(partner), text));
		}
		return batches;
	}

	/**
	 * A partner that has not answered yet: its representatives are reminded of the due
	 * date.
	 */
	@Transactional(readOnly = true)
	List<ReminderBatch> proposalReminder(Long summitId, String partnerId) {
		Summit summit = summits.get(summitId);
		boolean answered = summits.invitees(summitId)
			.stream()
			.anyMatch(i -> i.getPartnerId().equals(partnerId) && i.getStatus() != InviteeStatus.INVITED);
		if (answered || summit.getStatus() != SummitStatus.COLLECTING) {
			return List.of();
		}
		Partner partner = partners.get(partnerId);
		String subject = "Reminder: roadmap proposals for " + summit.getTitle() + " are due on "
				+ summit.getProposalsDue();
		String text = "We look forward to the proposals of " + partner.getName() + " for " + summit.getTitle() + " on "
				+ time.display(summit.getHeldAt()) + ". They are due on " + summit.getProposalsDue()
				+ ": please submit them in Tasklist (task \"Submit roadmap proposals\"), or tell us there that you have "
				+ "none this year.";
		return List
			.of(new ReminderBatch(ReminderKind.SUMMIT_PROPOSALS, partnerId, null, summitId, scope(summit, partnerId), 0,
					representatives(partner), subject, text, ReminderBatch.html(text), null, null));
	}

	/**
	 * The executives decided: each partner that proposed learns the decision and comment
	 * on each proposal.
	 */
	@Transactional(readOnly = true)
	List<ReminderBatch> outcome(Long summitId) {
		Summit summit = summits.get(summitId);
		List<ReminderBatch> batches = new ArrayList<>();
		for (SummitService.PartnerOutcome partner : summits.outcome(summitId).partners()) {
			if (partner.proposals().isEmpty()) {
				continue;
			}
			String decisions = partner.proposals()
				.stream()
				.map(p -> "- " + p.title() + ": "
						+ (p.decision() == ProposalDecision.ACCEPTED ? "accepted" : "declined") + ". " + p.comment())
				.collect(Collectors.joining("\n"));
			String subject = summit.getTitle() + ": our decisions on your proposals";
			String text = "Thank you for the roadmap proposals of " + partner.name() + ". Our executives decided:\n\n"
					+ decisions + "\n\nWe will discuss them with you at the summit on "
					+ time.display(summit.getHeldAt()) + ".";
			batches.add(new ReminderBatch(ReminderKind.SUMMIT_OUTCOME, partner.partnerId(), null, summitId,
					scope(summit, partner.partnerId()), 0, representatives(partners.get(partner.partnerId())), subject,
					text, ReminderBatch.html(text), null, null));
		}
		return batches;
	}

	private ReminderBatch invitation(Summit summit, String partnerId, String audience, List<Recipient> people,
			String text) {
		String subject = "Invitation: " + summit.getTitle() + ", " + time.display(summit.getHeldAt());
		CalendarInvites.Meeting meeting = new CalendarInvites.Meeting(
				"summit-" + summit.getId() + "@partnership-lifecycle", 0, summit.getTitle(), text, summit.getHeldAt(),
				summit.getHeldAt().plus(Duration.ofMinutes(summit.getMeetingMinutes())), recipients.organizer(), people,
				summit.getLocation());
		return new ReminderBatch(ReminderKind.SUMMIT_INVITATION, partnerId, null, summit.getId(),
				scope(summit, audience), 0, people, subject, text, ReminderBatch.html(text),
				CalendarInvites.request(meeting, time.now()), CalendarInvites.REQUEST);
	}

	private List<Recipient> representatives(Partner partner) {
		List<Recipient> people = new ArrayList<>(recipients.membersOf(partner.getGroupId()));
		if (partner.getContactEmail() != null) {
			people.add(new Recipient(partner.getName(), partner.getContactEmail()));
		}
		return people;
	}

	private static String scope(Summit summit, String audience) {
		return "summit-" + summit.getId() + "-" + audience;
	}

}
