package com.partnerlifecycle.reminder;

/**
 * Hands mails to whatever delivers them, a batch at a time: the mails of one
 * {@link Delivery} may share a connection. A RuntimeException from {@link Delivery#send}
 * means that mail was not accepted: the job retries.
 */
public interface ReminderTransport {

	/** Recorded on the reminder: SMTP, or LOG when no mail server is configured. */
	String channel();

	/** Starts delivering one batch; nothing is connected until the first mail is sent. */
	Delivery open();

	/**
	 * The mails of one batch, in order; close it when the batch is done (it never
	 * throws).
	 */
	interface Delivery extends AutoCloseable {

		void send(OutgoingMail mail);

		@Override
		void close();

	}

}
