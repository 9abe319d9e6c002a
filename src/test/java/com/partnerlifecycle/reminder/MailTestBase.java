package com.partnerlifecycle.reminder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.PromptGreenMail;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewService;

/**
 * What the mail tests share: a real SMTP server (GreenMail, in this JVM, port 3025: each
 * test class sets {@code spring.mail.port=3025}), emptied before each test; an active
 * partner; the clock set back after each test; and readers for the mails received.
 * Public, with its fields and readers protected, for the mail tests of other packages
 * ({@code followup.ActionItemMailTest}).
 */
public abstract class MailTestBase {

	protected static final GreenMail smtp = new PromptGreenMail(ServerSetupTest.SMTP);

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected ProcessDriver driver;

	@Autowired
	protected ReviewService reviews;

	@Autowired
	ManagementService managementService;

	protected Lifecycles lifecycles;

	protected String partnerId;

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void setUp() throws Exception {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		smtp.purgeEmailFromAllMailboxes();
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.active();
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	/** The partner's first review. */
	protected Review review() {
		return reviews.history(partnerId).get(0);
	}

	/** The mails received whose subject starts so. */
	protected List<MimeMessage> mails(String subjectStart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith(subjectStart)).toList();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static String recipient(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The first part of this type ({@code text/plain}, {@code text/html},
	 * {@code text/calendar}) as text.
	 */
	public static String part(MimeMessage message, String type) throws Exception {
		Multipart alternative = (Multipart) message.getContent();
		for (int i = 0; i < alternative.getCount(); i++) {
			BodyPart part = alternative.getBodyPart(i);
			if (part.getContentType().startsWith(type)) {
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No " + type + " part in " + message.getSubject());
	}

	/**
	 * A review meeting planned a week ahead as sofia, its invitations' send step not yet
	 * run.
	 */
	protected void meetingScheduledButInvitationsNotYetSent() {
		lifecycles.untilNextReviewStarts(partnerId);
		driver.complete(partnerId, com.partnerlifecycle.review.ReviewProcess.SCHEDULE_MEETING, "sofia",
				com.partnerlifecycle.demo.FormValues.scheduleReviewMeeting(lifecycles.now()
					.plus(java.time.Duration.ofDays(7))
					.atOffset(java.time.ZoneOffset.UTC)
					.toString(), "erik", "Pat", "pat@provider.example"));
	}

}
