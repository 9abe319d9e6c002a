package com.partnerlifecycle.reminder;

import java.time.Instant;
import java.util.Optional;

/**
 * Issues the personal link a mail to a partner contact carries ({@code partneraccess}).
 * Called by the outbox in the transaction that marks the mail's row SENDING, before the
 * SMTP call: the link exists once the mail may have gone, and a resend of the row (after
 * a failed attempt) issues a new token and revokes the one before. Only the mail carries
 * the token; it is never stored, logged or returned anywhere else.
 */
public interface PersonalLinks {

	/**
	 * The link's address and end; empty when none may be issued any more (the task ended,
	 * the contact left).
	 */
	Optional<Issued> issue(Long reminderId, String partnerId, ReminderBatch.PersonalLink link);

	/**
	 * The personal link a reminder to this address should carry: if the address is one of
	 * the partner's contacts and the instance's task of this key is open, the contact and
	 * that task; empty otherwise (a user, or no open task).
	 */
	Optional<ReminderBatch.PersonalLink> forTask(String partnerId, String email, String processInstanceId,
			String taskDefinitionKey);

	record Issued(String url, Instant expiresAt) {
	}

}
