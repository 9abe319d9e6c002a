package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.PromptGreenMail;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.reminder.MailTestBase;

/**
 * The agenda mail of a business review against a real SMTP server (GreenMail, in this
 * JVM): sent once the ratings are revealed, one per participant, our side's copy with the
 * recommendation, the partner's without; entered text escaped and never a link; never
 * sent twice.
 */
@LifecycleTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"partnership.reminders.retry-cycle=R2/PT1M" })
class AgendaMailTest extends MailTestBase {

	@Autowired
	ReviewDates reviewDates;

	@Autowired
	ReviewMeetingMoves meetingMoves;

	static final String HOSTILE_TITLE = "<b>x</b> & <script>";

	static final String LINK_TEXT = "see https://evil.example or WWW.Evil.example, or mail x@evil.example";

	static final String BUYER_TOPIC = "Faster incident response";

	static final String PROVIDER_TOPIC = "A joint launch in spring";

	static final String RECOMMENDATION = "For our side only: the rules recommend";

	static Map<String, Object> topic(String kind, String title, String text) {
		Map<String, Object> topic = new LinkedHashMap<>();
		topic.put("kind", kind);
		topic.put("title", title);
		topic.put("text", text);
		return topic;
	}

	static Map<String, Object> contact(String name, String email) {
		return FormValues.map("name", name, "email", email, "role", "Account lead");
	}

	/**
	 * Two of ours (erik, eva), two of the partner's; the meeting a week ahead; the
	 * invitations sent.
	 */
	void scheduled() {
		lifecycles.untilNextReviewStarts(partnerId);
		Map<String, Object> plan = new LinkedHashMap<>(FormValues.scheduleReviewMeeting(
				lifecycles.now().plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).toString(), "erik", "Pat",
				"pat@provider.example"));
		plan.put("buyerParticipants", List.of("erik", "eva"));
		plan.put("providerParticipants",
				List.of(contact("Pat", "pat@provider.example"), contact("Quinn", "quinn@provider.example")));
		driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia", plan);
		driver.executeDueJobs(partnerId);
	}

	void providerRates() {
		Map<String, Object> rating = new LinkedHashMap<>(FormValues.rateAsProvider(4, 80_000, 0));
		rating.put("agendaTopics", List.of(topic("PROPOSAL", PROVIDER_TOPIC, "Both marketing teams")));
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId), rating);
	}

	/** Transparent 2 against the partner's 4: a flagged perception gap. */
	void buyerRates() {
		Map<String, Object> rating = new LinkedHashMap<>(FormValues.rateAsBuyer(4, 100_000, 0));
		rating.put("ratingTransparent", 2);
		rating.put("agendaTopics", List.of(topic("IMPERATIVE", BUYER_TOPIC, "Within 4 hours"),
				topic("STRATEGIC_ISSUE", HOSTILE_TITLE, LINK_TEXT)));
		driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", rating);
	}

	List<MimeMessage> agendas() {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).startsWith("Agenda: business review 1"))
			.toList();
	}

	MimeMessage agendaTo(String email) {
		List<MimeMessage> to = agendas().stream().filter(m -> email.equals(recipient(m))).toList();
		assertThat(to).as("agenda mails to %s", email).hasSize(1);
		return to.get(0);
	}

	@Test
	void shouldMailTheAgendaOncePerParticipantWhenBothHaveRated() throws Exception {
		scheduled();
		providerRates();
		assertThat(agendas()).isEmpty();
		buyerRates();
		assertThat(agendas()).as("sent by its own step (async), not with the rating").isEmpty();

		driver.executeDueJobs(partnerId);

		assertThat(agendas()).extracting(AgendaMailTest::recipient)
			.containsExactlyInAnyOrder("erik@buyer.example", "eva@buyer.example", "pat@provider.example",
					"quinn@provider.example");
		for (String ours : List.of("erik@buyer.example", "eva@buyer.example")) {
			MimeMessage mail = agendaTo(ours);
			assertThat(part(mail, "text/plain")).contains(RECOMMENDATION, "Healthy review: continue the partnership");
			assertThat(part(mail, "text/html")).contains(RECOMMENDATION);
		}
		for (String theirs : List.of("pat@provider.example", "quinn@provider.example")) {
			MimeMessage mail = agendaTo(theirs);
			assertThat(part(mail, "text/plain")).doesNotContain("For our side only", "recommend",
					"Healthy review: continue");
			assertThat(part(mail, "text/html")).doesNotContain("For our side only", "recommend",
					"Healthy review: continue");
		}
		for (MimeMessage mail : agendas()) {
			String text = part(mail, "text/plain");
			assertThat(text).as(recipient(mail))
				.contains(BUYER_TOPIC, PROVIDER_TOPIC, "Perception gap: Transparent", "a gap of 2", "Balance of value")
				.doesNotContain("Perception gap: Cooperative");
			assertThat(part(mail, "text/html")).as(recipient(mail))
				.contains(BUYER_TOPIC, PROVIDER_TOPIC, "Perception gap: Transparent");
		}
	}

	@Test
	void shouldEscapeEnteredTextAndMakeNoLinkOfItInTheHtmlPart() throws Exception {
		scheduled();
		providerRates();
		buyerRates();

		driver.executeDueJobs(partnerId);

		for (MimeMessage mail : agendas()) {
			String html = part(mail, "text/html");
			assertThat(html).as(recipient(mail))
				.contains("&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;")
				.doesNotContain("<b>x", "<script", "https://", "evil.example\"")
				.contains("https:&#8203;//evil.example", "WWW&#8203;.Evil.example", "x&#8203;@evil.example")
				.doesNotContain("WWW.Evil", "x@evil")
				.doesNotContainIgnoringCase("<a ")
				.doesNotContainIgnoringCase("<a>")
				.doesNotContainIgnoringCase("href");
			assertThat(part(mail, "text/plain")).as("the plain text is as entered").contains(HOSTILE_TITLE, LINK_TEXT);
		}
	}

	@Test
	void shouldSendNoSecondAgendaWhenTheStepRunsAgain() throws Exception {
		scheduled();
		providerRates();
		buyerRates();
		driver.executeDueJobs(partnerId);
		int agendas = agendas().size();
		int all = smtp.getReceivedMessages().length;
		assertThat(agendas).isEqualTo(4);

		// a node that died after sending but before its job was recorded as done runs the
		// step again
		DelegateExecution execution = Mockito.mock(DelegateExecution.class);
		Mockito.when(execution.getProcessInstanceId()).thenReturn(review().getProcessInstanceId());
		context.getBean("sendAgenda", JavaDelegate.class).execute(execution);

		assertThat(smtp.getReceivedMessages()).hasSize(all);
		assertThat(agendas()).hasSize(agendas);
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(AgendaMailTest::messageId).toList())
			.doesNotHaveDuplicates();
	}

	@Test
	void shouldTellBothSidesWhoDidNotRateWhenTheDeadlinePassed() throws Exception {
		scheduled();
		providerRates();
		java.time.Instant deadline = reviewDates.ratingDeadline(review().getId()).toInstant();

		lifecycles.clockTo(partnerId, deadline.plusSeconds(60)); // the deadline, the
																	// reveal, the agenda

		assertThat(agendas()).extracting(AgendaMailTest::recipient)
			.containsExactlyInAnyOrder("erik@buyer.example", "eva@buyer.example", "pat@provider.example",
					"quinn@provider.example");
		for (MimeMessage mail : agendas()) {
			assertThat(part(mail, "text/plain")).as(recipient(mail))
				.contains("The buyer did not rate", PROVIDER_TOPIC)
				.doesNotContain("Perception gap");
		}
		assertThat(part(agendaTo("erik@buyer.example"), "text/plain"))
			.contains(RECOMMENDATION + " \"Improvement plan\"", "One-sided review: an improvement plan is recommended");
		assertThat(part(agendaTo("pat@provider.example"), "text/plain")).doesNotContain("For our side only");
	}

	/**
	 * Both rated early: the reminder a few days before the meeting asks no one to rate
	 * any more.
	 */
	@Test
	void shouldNotAskToRateInTheReminderToPrepareWhenBothHaveRated() throws Exception {
		scheduled();
		providerRates();
		buyerRates();
		driver.executeDueJobs(partnerId);
		java.time.Instant due = reviewDates.prepareReminderAt(review().getId()).toInstant();

		lifecycles.clockTo(partnerId, due.plusSeconds(60));

		List<MimeMessage> reminders = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).startsWith("Prepare business review 1"))
			.toList();
		assertThat(reminders).hasSize(4);
		for (MimeMessage mail : reminders) {
			assertThat(part(mail, "text/plain")).as(recipient(mail))
				.doesNotContain("rate the partnership in Tasklist")
				.contains("Both sides have rated", "agenda");
		}
	}

	/**
	 * Both rated: a meeting moved after the reveal asks no one to rate, in the mail or in
	 * the calendar entry.
	 */
	@Test
	void shouldNotAskToRateInTheUpdatedInvitationAfterTheReveal() throws Exception {
		scheduled();
		providerRates();
		buyerRates();
		driver.executeDueJobs(partnerId);
		Review review = review();

		meetingMoves.reschedule(partnerId, review.getNumber(), review.getMeetingAt().plus(Duration.ofDays(1)), 60);
		driver.executeDueJobs(partnerId);

		List<MimeMessage> moved = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).startsWith("Moved: business review 1"))
			.toList();
		assertThat(moved).hasSize(4);
		for (MimeMessage mail : moved) {
			assertThat(part(mail, "text/plain")).as(recipient(mail))
				.doesNotContain("rate the partnership in Tasklist")
				.contains("Both sides have rated");
			assertThat(part(mail, "text/calendar").replace("\r\n ", "")).as(recipient(mail))
				.doesNotContain("rate the partnership in Tasklist");
		}
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
