package com.partnerlifecycle.followup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.PartnerGroups;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.reminder.Recipients;
import com.partnerlifecycle.reminder.ReminderBatch;
import com.partnerlifecycle.reminder.ReminderBatch.Recipient;
import com.partnerlifecycle.reminder.ReminderKind;
import com.partnerlifecycle.review.ReviewService;

/**
 * What an action item's mails say and who gets them: its owner before and on the due date
 * (for an item of a partner contact, also the partner's representatives, whose group has
 * the task), and the owner side's sponsors when it is overdue. Each names the item, its
 * owner and its due date; the HTML part escapes everything typed. A carried-over item's
 * mails are new mails: the due date is part of their key, so none is sent twice for one
 * date.
 */
@Component
class ActionItemMails {

	private final ActionItemService actionItems;

	private final ReviewService reviews;

	private final PartnerService partners;

	private final AgreementService agreements;

	private final PartnerGroups partnerGroups;

	private final org.springframework.beans.factory.ObjectProvider<com.partnerlifecycle.reminder.PersonalLinks> links;

	private final Recipients recipients;

	ActionItemMails(ActionItemService actionItems, ReviewService reviews, PartnerService partners,
			AgreementService agreements, PartnerGroups partnerGroups, Recipients recipients,
			org.springframework.beans.factory.ObjectProvider<com.partnerlifecycle.reminder.PersonalLinks> links) {
		this.links = links;
		this.actionItems = actionItems;
		this.reviews = reviews;
		this.partners = partners;
		this.agreements = agreements;
		this.partnerGroups = partnerGroups;
		this.recipients = recipients;
	}

	@Transactional(readOnly = true)
	public ReminderBatch dueSoon(Long itemId) {
		ActionItem item = actionItems.get(itemId);
		return batch(ReminderKind.ITEM_DUE_SOON, item, owners(item),
				"Action item due on " + item.getDueDate() + ": " + item.getTitle(),
				facts(item, partnerName(item)) + "\n\n" + TO_REPORT);
	}

	@Transactional(readOnly = true)
	public ReminderBatch dueToday(Long itemId) {
		ActionItem item = actionItems.get(itemId);
		return batch(ReminderKind.ITEM_DUE, item, owners(item), "Action item due today: " + item.getTitle(),
				facts(item, partnerName(item)) + "\n\n" + TO_REPORT);
	}

	@Transactional(readOnly = true)
	public ReminderBatch overdue(Long itemId) {
		ActionItem item = actionItems.get(itemId);
		List<Recipient> people = new ArrayList<>();
		agreements.find(item.getPartnerId())
			.ifPresent(agreement -> agreements.sponsorsOf(agreement.getId())
				.stream()
				.filter(sponsor -> sponsor.getSide() == item.getOwnerSide())
				.forEach(sponsor -> people.add(new Recipient(sponsor.getName(), sponsor.getEmail()))));
		people.addAll(owners(item));
		String partner = partnerName(item);
		String side = item.getOwnerSide() == Side.BUYER ? "our side" : partner;
		return batch(ReminderKind.ITEM_OVERDUE, item, people, "Overdue: " + item.getTitle() + " (due " + item
			.getDueDate() + ")", facts(item, partner) + "\n\nIt is not reported done. As executive sponsor of " + side
					+ ", please help its owner get it done, or have it carried over or dropped at the next review.");
	}

	private static final String TO_REPORT = "When it is done, or if it is blocked, please report on it in Tasklist "
			+ "(task \"Report on the action item\").";

	/**
	 * "Action item 'X', agreed at business review 2 with Tailspin, owned by Tom
	 * (Tailspin), is due on 2026-12-01."
	 */
	private String facts(ActionItem item, String partner) {
		String owner = item.getOwnerName() + (item.getOwnerSide() == Side.BUYER ? " (our side)" : " (" + partner + ")");
		return "Action item \"" + item.getTitle() + "\", agreed at business review "
				+ reviews.get(item.getReviewId()).getNumber() + " with " + partner + ", owned by " + owner
				+ ", is due on " + item.getDueDate() + "." + (item.getStatus() == ActionItemStatus.BLOCKED
						? "\n\nIt was reported blocked: " + item.getStatusNote() : "");
	}

	/**
	 * The owner; for a partner contact's item also the partner's representatives, who
	 * have its task.
	 */
	private List<Recipient> owners(ActionItem item) {
		List<Recipient> people = new ArrayList<>();
		// a partner contact's item: a personal link to report on it (the contact has no
		// account)
		people.add(new Recipient(item.getOwnerName(), item.getOwnerEmail(),
				item.getOwnerUserId() != null ? null
						: links.getObject()
							.forTask(item.getPartnerId(), item.getOwnerEmail(), item.getProcessInstanceId(),
									ActionItemProcess.REPORT)
							.orElse(null)));
		if (item.getOwnerUserId() == null) {
			people.addAll(recipients.membersOf(partnerGroups.of(item.getPartnerId())));
		}
		return people;
	}

	private ReminderBatch batch(ReminderKind kind, ActionItem item, List<Recipient> people, String subject,
			String text) {
		return new ReminderBatch(kind, item.getPartnerId(), item.getReviewId(), null,
				"action-item-" + item.getId() + "-" + item.getDueDate(), 0, people, subject, text,
				ReminderBatch.html(text), null, null);
	}

	private String partnerName(ActionItem item) {
		return partners.get(item.getPartnerId()).getName();
	}

}
