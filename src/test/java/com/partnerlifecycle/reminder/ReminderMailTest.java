package com.partnerlifecycle.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.PromptGreenMail;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewMails;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ReviewDates;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reminders against a real SMTP server (GreenMail, in this JVM): who gets what at each
 * point of the review calendar, the iCalendar part, and never lost / never sent twice
 * through outages and crashes.
 */
@LifecycleTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"partnership.reminders.retry-cycle=R2/PT1M" })
class ReminderMailTest extends MailTestBase {

	@Autowired
	com.partnerlifecycle.common.BusinessTime time;

	@Autowired
	ReviewMails reviewMails;

	@Autowired
	ReviewDates reviewDates;

	@Autowired
	ReminderOutbox outbox;

	@Autowired
	ReminderRepository reminders;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	@Autowired
	com.partnerlifecycle.termination.TerminationService terminations;

	@Autowired
	com.partnerlifecycle.agreement.AgreementService agreements;

	static String calendarPart(MimeMessage message) throws Exception {
		Multipart alternative = (Multipart) message.getContent();
		for (int i = 0; i < alternative.getCount(); i++) {
			BodyPart part = alternative.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				assertThat(part.getContentType()).contains("method=");
				return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No text/calendar part in " + message.getSubject());
	}

	static String plainText(MimeMessage message) throws Exception {
		Multipart alternative = (Multipart) message.getContent();
		for (int i = 0; i < alternative.getCount(); i++) {
			BodyPart part = alternative.getBodyPart(i);
			if (part.getContentType().startsWith("text/plain")) {
				return part.getContent().toString();
			}
		}
		throw new AssertionError("No text/plain part in " + message.getSubject());
	}

	Job sendJob(String activityId) {
		return managementService.createJobQuery()
			.processInstanceId(review().getProcessInstanceId())
			.activityId(activityId)
			.singleResult();
	}

	@Test
	void shouldRemindTheSourcingManagersToScheduleTheMeetingWhenTheReviewStarts() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);

		List<MimeMessage> sent = mails("Schedule business review 1");
		List<String> sourcingManagers = identityService.createUserQuery()
			.memberOfGroup("sourcing-managers")
			.listPage(0, 100)
			.stream()
			.map(u -> u.getEmail())
			.toList();
		assertThat(sent).extracting(ReminderMailTest::recipient)
			.contains("sofia@buyer.example", "samuel@buyer.example")
			.containsExactlyInAnyOrderElementsOf(sourcingManagers);
		assertThat(sent.get(0).getContent().toString()).isNotEmpty();
	}

	@Test
	void shouldInviteEveryParticipantWithACalendarEntry() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);

		lifecycles.scheduleMeeting(partnerId);

		List<MimeMessage> invitations = mails("Invitation: business review 1");
		assertThat(invitations).extracting(ReminderMailTest::recipient)
			.containsExactlyInAnyOrder("erik@buyer.example", "pat@provider.example");
		Calendar calendar = new CalendarBuilder().build(new StringReader(calendarPart(invitations.get(0))));
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("review-" + review().getId() + "@partnership-lifecycle");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
		assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
			.isEqualTo("mailto:partnerships@buyer.example");
		assertThat(event.<Property>getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList())
			.containsExactlyInAnyOrder("mailto:erik@buyer.example", "mailto:pat@provider.example");
		Instant meeting = review().getMeetingAt();
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(utc(meeting));
		assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue())
			.isEqualTo(utc(meeting.plus(Duration.ofMinutes(90))));
		// both sides rate before the meeting: the mail says by when
		assertThat(plainText(invitations.get(0)))
			.contains("Rate by " + time.display(meeting.minus(Duration.ofDays(1))));
	}

	static String utc(Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	@Test
	void shouldUseTheReminderKeyAsMessageId() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);

		for (MimeMessage mail : smtp.getReceivedMessages()) {
			String messageId = mail.getMessageID();
			String key = messageId.substring(1, messageId.indexOf('@'));
			assertThat(reminders.findByKey(key)).as(messageId).hasValueSatisfying(r -> {
				assertThat(r.getStatus()).isEqualTo(ReminderStatus.SENT);
				assertThat(r.getChannel()).isEqualTo("SMTP");
			});
		}
		assertNoMessageIdTwice();
	}

	@Test
	void shouldRemindEveryParticipantToPrepareThreeDaysBeforeTheMeeting() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Instant due = review().getMeetingAt().minus(Duration.ofDays(3));

		lifecycles.clockTo(partnerId, due.minusSeconds(60));
		assertThat(mails("Prepare business review 1")).isEmpty();
		lifecycles.clockTo(partnerId, due.plusSeconds(60));

		assertThat(mails("Prepare business review 1")).extracting(ReminderMailTest::recipient)
			.containsExactlyInAnyOrder("erik@buyer.example", "pat@provider.example");
	}

	@Test
	void shouldEscalateToBothSidesSponsorsWhenTheReviewIsOverdue() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Instant overdue = reviewDates.decisionDue(review().getId()).toInstant();

		lifecycles.clockTo(partnerId, overdue.plusSeconds(60));

		assertThat(mails("Overdue: business review 1")).extracting(ReminderMailTest::recipient)
			.containsExactlyInAnyOrder("erik@buyer.example", "pat@provider.example");
	}

	@Test
	void shouldUpdateTheInvitationWhenTheMeetingMoves() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Instant moved = review().getMeetingAt().plus(Duration.ofDays(2));

		mvc.perform(put("/api/partners/{id}/reviews/1/meeting", partnerId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"meetingDate\":\"" + moved.atOffset(ZoneOffset.UTC) + "\",\"durationMinutes\":60}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.invitationSequence").value(1));
		driver.executeDueJobs(partnerId);

		List<MimeMessage> updates = mails("Moved: business review 1");
		assertThat(updates).hasSize(2);
		VEvent event = new CalendarBuilder().build(new StringReader(calendarPart(updates.get(0))))
			.<VEvent>getComponents("VEVENT")
			.get(0);
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("review-" + review().getId() + "@partnership-lifecycle");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(utc(moved));
		assertThat(sendJob(ReviewProcess.PREPARE_REMINDER_DUE).getDuedate().toInstant())
			.isEqualTo(moved.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS));
		assertNoMessageIdTwice();
	}

	@Test
	void shouldSendOneMailWhenTheSameStepRunsTwice() {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		int before = smtp.getReceivedMessages().length;

		// a node that died after sending but before its job was recorded as done runs the
		// step again
		outbox.deliver(reviewMails.invitation(review().getId()));

		assertThat(smtp.getReceivedMessages()).hasSize(before);
	}

	@Test
	void shouldRetryThenRaiseAnIncidentThenSendExactlyOnceWhenSmtpIsBack() throws Exception {
		meetingScheduledButInvitationsNotYetSent();
		Job job = sendJob(ReviewProcess.SEND_INVITATIONS);
		smtp.stop();

		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
		}

		assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
		List<Incident> incidents = runtimeService.createIncidentQuery()
			.processInstanceId(review().getProcessInstanceId())
			.list();
		assertThat(incidents).hasSize(1);
		assertThat(reminders.findByReviewIdAndKind(review().getId(), ReminderKind.INVITATION))
			.allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(ReminderStatus.PENDING))
			.anySatisfy(r -> assertThat(r.getLastError()).isNotBlank());

		smtp.start();
		managementService.setJobRetries(job.getId(), 1);
		managementService.executeJob(job.getId());

		assertThat(mails("Invitation: business review 1")).hasSize(2);
		assertThat(runtimeService.createIncidentQuery().processInstanceId(review().getProcessInstanceId()).count())
			.isZero();
		assertNoMessageIdTwice();
	}

	static Instant engineNow() {
		return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
	}

	/**
	 * A row another attempt marked SENDING this long ago (the job lock time is 5 minutes
	 * by default).
	 */
	String sendingSince(Duration ago) {
		return sendingSince(ago, 0);
	}

	/** The same for the batch's recipient at this position. */
	String sendingSince(Duration ago, int recipient) {
		ReminderBatch batch = reviewMails.invitation(review().getId());
		String key = batch.keyFor(batch.recipients().get(recipient));
		Reminder row = reminders.save(new Reminder(key, ReminderKind.INVITATION, partnerId, review().getId(), null, 0,
				batch.recipients().get(recipient).name(), batch.recipients().get(recipient).email(), batch.subject(),
				engineNow().minus(ago)));
		row.markSending(engineNow().minus(ago));
		reminders.save(row);
		return key;
	}

	@Test
	void shouldRetryLaterWhileAnotherAttemptMayStillBeSending() {
		meetingScheduledButInvitationsNotYetSent();
		Job job = sendJob(ReviewProcess.SEND_INVITATIONS);
		String key = sendingSince(Duration.ofSeconds(30)); // e.g. a node whose job lock
															// expired while it sent

		assertThatThrownBy(() -> managementService.executeJob(job.getId()))
			.hasMessageContaining("is being sent by another attempt");

		assertThat(runtimeService.createIncidentQuery().processInstanceId(review().getProcessInstanceId()).count())
			.as("no false alarm")
			.isZero();
		assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isPositive();
		assertThat(smtp.getReceivedMessages()).noneMatch(m -> messageId(m).contains(key));
	}

	@Test
	void shouldRaiseAnIncidentInsteadOfMailingAgainWhenACrashLeftAReminderSending() {
		meetingScheduledButInvitationsNotYetSent();
		Job job = sendJob(ReviewProcess.SEND_INVITATIONS);
		// an earlier attempt committed SENDING, handed the mail over and died before
		// recording SENT; its lock expired
		String crashedKey = sendingSince(Duration.ofMinutes(10));

		assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("may have been sent");

		Incident incident = runtimeService.createIncidentQuery()
			.processInstanceId(review().getProcessInstanceId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentMessage()).contains(crashedKey, "may have been sent");
		assertThat(smtp.getReceivedMessages()).noneMatch(m -> messageId(m).contains(crashedKey));
		assertThat(reminders.findByKey(crashedKey).orElseThrow().getStatus()).isEqualTo(ReminderStatus.SENDING);
	}

	@Test
	void shouldRecordAMailSentBeforeTheBatchStopsAtOneLeftSending() {
		meetingScheduledButInvitationsNotYetSent();
		Job job = sendJob(ReviewProcess.SEND_INVITATIONS);
		ReminderBatch batch = reviewMails.invitation(review().getId());
		String firstKey = batch.keyFor(batch.recipients().get(0));
		String crashedKey = sendingSince(Duration.ofMinutes(10), 1);

		assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("may have been sent");

		// the first mail went out before the batch reached the second; its SENT was
		// committed all the same
		assertThat(reminders.findByKey(firstKey).orElseThrow().getStatus()).isEqualTo(ReminderStatus.SENT);
		assertThat(smtp.getReceivedMessages()).filteredOn(m -> messageId(m).contains(firstKey)).hasSize(1);
		assertThat(smtp.getReceivedMessages()).noneMatch(m -> messageId(m).contains(crashedKey));
		assertThat(reminders.findByKey(crashedKey).orElseThrow().getStatus()).isEqualTo(ReminderStatus.SENDING);
	}

	@Test
	void shouldCancelTheMeetingWhenThePartnershipIsDissolved() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);

		driver.asUser("sofia", () -> terminations.request(partnerId, com.partnerlifecycle.common.Side.BUYER, "Merger"));
		driver.executeDueJobs(partnerId);

		List<MimeMessage> cancellations = mails("Cancelled: business review 1");
		assertThat(cancellations).hasSize(2);
		Calendar calendar = new CalendarBuilder().build(new StringReader(calendarPart(cancellations.get(0))));
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("review-" + review().getId() + "@partnership-lifecycle");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
	}

	@Test
	void shouldRemindTheExecutivesWhenTheNoticePeriodBegins() {
		Instant noticeBegins = agreements.renewalDecisionDate(partnerId).toInstant();

		lifecycles.clockTo(partnerId, noticeBegins.plusSeconds(60));

		assertThat(mails("Renew the agreement with")).extracting(ReminderMailTest::recipient)
			.containsExactlyInAnyOrder("erik@buyer.example", "eva@buyer.example");
	}

	void assertNoMessageIdTwice() {
		List<String> ids = Stream.of(smtp.getReceivedMessages()).map(ReminderMailTest::messageId).toList();
		assertThat(ids).doesNotHaveDuplicates();
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
