package com.partnerlifecycle.agreement;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.reminder.Recipients;
import com.partnerlifecycle.reminder.ReminderBatch;
import com.partnerlifecycle.reminder.ReminderBatch.Recipient;
import com.partnerlifecycle.reminder.ReminderKind;

/**
 * What the agreement's mail says and who gets it: the renewal reminder to the executives
 * (docs/rules.md).
 */
@Component
class AgreementMails {

	private final AgreementService agreements;

	private final PartnerService partners;

	private final Recipients recipients;

	AgreementMails(AgreementService agreements, PartnerService partners, Recipients recipients) {
		this.agreements = agreements;
		this.partners = partners;
		this.recipients = recipients;
	}

	/** The notice period began: the executives decide on renewal before the term ends. */
	@Transactional(readOnly = true)
	public ReminderBatch renewal(String partnerId) {
		var agreement = agreements.get(partnerId);
		String partner = partners.get(partnerId).getName();
		List<Recipient> people = new ArrayList<>(recipients.membersOf(Groups.EXECUTIVES));
		String subject = "Renew the agreement with " + partner + "? It ends on " + agreement.getEndDate();
		String text = "The notice period of the agreement with " + partner + " has begun: it ends on "
				+ agreement.getEndDate() + ". Please decide in Tasklist (task \"Decide on renewal\") whether to extend "
				+ "its term or let it end.";
		return new ReminderBatch(ReminderKind.RENEWAL, partnerId, null, null,
				"partner-" + partnerId + "-" + agreement.getEndDate(), agreement.getRenewalCount(), people, subject,
				text, ReminderBatch.html(text), null, null);
	}

}
