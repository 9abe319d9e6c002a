package com.partnerlifecycle.reminder;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends through Spring Boot's mail support ({@code spring.mail.*}): multipart/alternative
 * with plain text, HTML and, for invitations,
 * {@code text/calendar; method=REQUEST|CANCEL}. The Message-ID is the reminder's key. A
 * batch's mails share one SMTP connection (one greeting, EHLO, STARTTLS and login per
 * batch, not per mail).
 */
class SmtpReminderTransport implements ReminderTransport {

	private static final Logger log = LoggerFactory.getLogger(SmtpReminderTransport.class);

	private final JavaMailSenderImpl mailSender;

	private final String from;

	private final String nodeId;

	SmtpReminderTransport(JavaMailSenderImpl mailSender, String from, String nodeId) {
		this.mailSender = mailSender;
		this.from = from;
		this.nodeId = nodeId;
	}

	@Override
	public String channel() {
		return "SMTP";
	}

	@Override
	public Delivery open() {
		return new Connection();
	}

	/**
	 * One batch's connection, opened at its first mail; a failed mail closes it, so a
	 * retry starts afresh.
	 */
	private final class Connection implements Delivery {

		private Transport transport;

		@Override
		public void send(OutgoingMail mail) {
			MimeMessage message = message(mail);
			try {
				if (transport == null) {
					transport = connect();
				}
				message.setSentDate(new Date());
				message.saveChanges();
				transport.sendMessage(message, message.getAllRecipients());
			}
			catch (AuthenticationFailedException e) {
				close();
				throw new MailAuthenticationException(e);
			}
			catch (MessagingException | RuntimeException e) {
				close();
				throw new MailSendException("The mail server did not accept the mail " + mail.messageId(), e);
			}
		}

		private Transport connect() throws MessagingException {
			// as JavaMailSenderImpl chooses: its protocol, the session's, or smtp
			Session session = mailSender.getSession();
			String protocol = mailSender.getProtocol() != null ? mailSender.getProtocol()
					: session.getProperty("mail.transport.protocol");
			Transport opened = session.getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
			String username = mailSender.getUsername();
			String password = mailSender.getPassword();
			if (username != null && username.isEmpty()) {
				username = null;
				password = password != null && password.isEmpty() ? null : password;
			}
			opened.connect(mailSender.getHost(), mailSender.getPort(), username, password);
			return opened;
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException e) {
					// every mail of the batch has been accepted or has failed on its own:
					// only the goodbye was lost
					log.debug("Closing the SMTP connection failed", e);
				}
				transport = null;
			}
		}

	}

	private MimeMessage message(OutgoingMail mail) {
		try {
			MimeMessage message = new KeyedMimeMessage(mailSender.getSession(), mail.messageId());
			message.setFrom(new InternetAddress(from, "Partnership Lifecycle", StandardCharsets.UTF_8.name()));
			message.setRecipient(MimeMessage.RecipientType.TO,
					new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
			message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
			message.setHeader("X-Partnership-Node", nodeId); // which node of a cluster
																// sent it
			MimeMultipart alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(part(mail.text(), "text/plain; charset=UTF-8"));
			alternative.addBodyPart(part(mail.html(), "text/html; charset=UTF-8"));
			if (mail.calendar() != null) {
				alternative.addBodyPart(
						part(mail.calendar(), "text/calendar; charset=UTF-8; method=" + mail.calendarMethod()));
			}
			message.setContent(alternative);
			return message;
		}
		catch (MessagingException | java.io.UnsupportedEncodingException e) {
			throw new MailSendException("Could not build the mail " + mail.messageId(), e);
		}
	}

	private static MimeBodyPart part(String content, String type) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setContent(content, type);
		part.setHeader("Content-Type", type);
		return part;
	}

	/**
	 * A message whose Message-ID is the reminder's key, not a random one, so a duplicate
	 * is detectable downstream.
	 */
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
