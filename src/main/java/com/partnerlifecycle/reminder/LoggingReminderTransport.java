package com.partnerlifecycle.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default, with no mail server configured: reminders are recorded and shown
 * through the API as usual, and logged (key and subject only: no addresses in the log).
 */
class LoggingReminderTransport implements ReminderTransport {

	private static final Logger log = LoggerFactory.getLogger(LoggingReminderTransport.class);

	private final java.util.List<UnsentMails> unsent;

	LoggingReminderTransport(java.util.List<UnsentMails> unsent) {
		this.unsent = unsent;
	}

	@Override
	public String channel() {
		return "LOG";
	}

	@Override
	public Delivery open() {
		return new Delivery() {

			@Override
			public void send(OutgoingMail mail) {
				log.info("Reminder {} ({}) recorded; no mail server is configured (spring.mail.host)", mail.messageId(),
						mail.subject());
				unsent.forEach(listener -> listener.recorded(mail));
			}

			@Override
			public void close() {
				// nothing was opened
			}

		};
	}

}
