package com.partnerlifecycle.reminder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail through SMTP when {@code spring.mail.host} is set (Spring Boot then provides the
 * JavaMailSender); otherwise the embedded default records and logs reminders without
 * sending them.
 */
@Configuration
class ReminderMailConfiguration {

	/**
	 * Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader each time a body
	 * part or multipart is created or written (jakartaee/mail-api#699, #861): in the
	 * application's jar that is a scan of every nested jar, about a sixth of a send
	 * step's CPU in the reminder burst. Named here, the lookup is a plain class load.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	@Bean
	ReminderTransport reminderTransport(ObjectProvider<JavaMailSender> mailSender,
			@Value("${partnership.mail.from:partnerships@buyer.example}") String from,
			@Value("${partnership.node-id:${HOSTNAME:node}}") String nodeId, ObjectProvider<UnsentMails> unsent) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return new LoggingReminderTransport(unsent.orderedStream().toList());
		}
		if (!(sender instanceof JavaMailSenderImpl smtp)) {
			throw new IllegalStateException("Reminders need Spring Boot's own mail sender (spring.mail.*), not a "
					+ sender.getClass().getName() + ": a batch's mails share its SMTP connection");
		}
		return new SmtpReminderTransport(smtp, from, nodeId);
	}

}
