package com.partnerlifecycle.reminder;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through Spring Boot's mail support ({@code spring.mail.*}): multipart/alternative with plain text, HTML
 * and, for invitations, {@code text/calendar; method=REQUEST|CANCEL}. The Message-ID is the reminder's key.
 */
class SmtpReminderTransport implements ReminderTransport {

	private final JavaMailSender mailSender;

	private final String from;

	private final String nodeId;

	SmtpReminderTransport(JavaMailSender mailSender, String from, String nodeId) {
		this.mailSender = mailSender;
		this.from = from;
		this.nodeId = nodeId;
	}

	@Override
	public String channel() {
		return "SMTP";
	}

	@Override
	public void send(OutgoingMail mail) {
		try {
			MimeMessage message = new KeyedMimeMessage(mailSender.createMimeMessage().getSession(), mail.messageId());
			message.setFrom(new InternetAddress(from, "Partnership Lifecycle", StandardCharsets.UTF_8.name()));
			message.setRecipient(MimeMessage.RecipientType.TO,
					new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
			message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
			message.setHeader("X-Partnership-Node", nodeId); // which node of a cluster sent it
			MimeMultipart alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(part(mail.text(), "text/plain; charset=UTF-8"));
			alternative.addBodyPart(part(mail.html(), "text/html; charset=UTF-8"));
			if (mail.calendar() != null) {
				alternative.addBodyPart(part(mail.calendar(),
						"text/calendar; charset=UTF-8; method=" + mail.calendarMethod()));
			}
			message.setContent(alternative);
			mailSender.send(message);
		}
		catch (MessagingException | java.io.UnsupportedEncodingException e) {
			throw new MailSendException("Could not build the mail " + mail.messageId(), e);
		}
		catch (MailException e) {
			throw e;
		}
	}

	private static MimeBodyPart part(String content, String type) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setContent(content, type);
		part.setHeader("Content-Type", type);
		return part;
	}

	/** A message whose Message-ID is the reminder's key, not a random one, so a duplicate is detectable downstream. */
	static final class KeyedMimeMessage extends MimeMessage {

		private final String messageId;

		KeyedMimeMessage(Session session, String key) {
			super(session);
			this.messageId = "<" + key + "@partnership-lifecycle>";
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
