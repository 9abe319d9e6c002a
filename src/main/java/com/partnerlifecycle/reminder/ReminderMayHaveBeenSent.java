package com.partnerlifecycle.reminder;

/**
 * A reminder was found still SENDING: an earlier attempt crashed between handing it to the mail server and
 * recording it as sent. It may have reached its recipient, so it is never mailed again automatically: the job
 * stops at once with an incident for a person to check (see {@link ReminderJobFailures}).
 */
public class ReminderMayHaveBeenSent extends RuntimeException {

	private final String key;

	public ReminderMayHaveBeenSent(String key) {
		super("Reminder " + key + " may have been sent: an earlier attempt stopped between the SMTP call and "
				+ "recording it. Check the recipient's mailbox (Message-ID <" + key + "@partnership-lifecycle>), "
				+ "then mark it sent or set it back to PENDING and retry the job.");
		this.key = key;
	}

	public String key() {
		return key;
	}

}
