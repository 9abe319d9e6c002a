package com.partnerlifecycle.reminder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mail through SMTP when {@code spring.mail.host} is set (Spring Boot then provides the JavaMailSender);
 * otherwise the embedded default records and logs reminders without sending them.
 */
@Configuration
class ReminderMailConfiguration {

	@Bean
	ReminderTransport reminderTransport(ObjectProvider<JavaMailSender> mailSender,
			@Value("${partnership.mail.from:partnerships@buyer.example}") String from,
			@Value("${partnership.node-id:${HOSTNAME:node}}") String nodeId) {
		JavaMailSender sender = mailSender.getIfAvailable();
		return sender == null ? new LoggingReminderTransport() : new SmtpReminderTransport(sender, from, nodeId);
	}

}
