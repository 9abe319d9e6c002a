package com.partnerlifecycle.reminder;

/**
 * A reminder was found still SENDING: an earlier attempt crashed between handing it to
 * the mail server and recording it as sent. It may have reached its recipient, so it is
 * never mailed again automatically: the job stops at once with an incident for a person
 * to check (see {@link ReminderJobFailures}).
 */
public class ReminderMayHaveBeenSent extends RuntimeException {

	private final String key;

	public ReminderMayHaveBeenSent(String key) {
		super("Reminder " + key + " may have been sent: an earlier attempt stopped between the SMTP call and "
				+ "recording it. Check the recipient's mailbox (Message-ID <" + key + "@partnership-lifecycle>), "
				+ "then resolve it as SENT or PENDING: POST /api/reminders/" + key
				+ "/resolution (docs/operations.md); " + "the job is retried then.");
		this.key = key;
	}

	public String key() {
		return key;
	}

}
