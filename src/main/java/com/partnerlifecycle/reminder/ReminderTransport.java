package com.partnerlifecycle.reminder;

/** Hands a mail to whatever delivers it. A RuntimeException means it was not accepted: the job retries. */
public interface ReminderTransport {

	/** Recorded on the reminder: SMTP, or LOG when no mail server is configured. */
	String channel();

	void send(OutgoingMail mail);

}
