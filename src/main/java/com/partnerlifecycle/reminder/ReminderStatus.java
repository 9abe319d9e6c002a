package com.partnerlifecycle.reminder;

public enum ReminderStatus {

	/** recorded, not yet handed to the mail server */
	PENDING,
	/** committed before the SMTP call: found again on a retry, it may have been sent */
	SENDING,
	/** handed to the mail server (or, with no mail server configured, logged) */
	SENT,
	/**
	 * not sent: it carried a personal link to a task, and the task ended (or its contact
	 * left) before it went out
	 */
	SKIPPED

}
