package com.partnerlifecycle.reminder;

public enum ReminderStatus {
	/** recorded, not yet handed to the mail server */
	PENDING,
	/** committed before the SMTP call: found again on a retry, it may have been sent */
	SENDING,
	/** handed to the mail server (or, with no mail server configured, logged) */
	SENT
}
