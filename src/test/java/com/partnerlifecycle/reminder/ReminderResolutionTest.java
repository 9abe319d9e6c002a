package com.partnerlifecycle.reminder;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.review.ReviewMails;
import com.partnerlifecycle.review.ReviewProcess;

/**
 * "May have been sent" without SQL, against a real SMTP server (GreenMail): the crash is
 * made as a node makes it (a row committed SENDING long ago, the step's job run again
 * until it stops with its incident), then the operator resolves it through the API and
 * the retried job sends exactly what is still due.
 */
@LifecycleTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"partnership.reminders.retry-cycle=R2/PT1M" })
class ReminderResolutionTest extends MailTestBase {

	static final String ADMIN = basic("admin", "test-admin-password");

	static final String INVITATION = ReviewProcess.SEND_INVITATIONS;

	@Autowired
	ReviewMails reviewMails;

	@Autowired
	ReminderRepository reminders;

	@Autowired
	ReminderResolutionRepository resolutions;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	MockMvc mvc;

	Job sendJob() {
		return managementService.createJobQuery()
			.processInstanceId(review().getProcessInstanceId())
			.activityId(INVITATION)
			.singleResult();
	}

	long incidents() {
		return runtimeService.createIncidentQuery().processInstanceId(review().getProcessInstanceId()).count();
	}

	static Instant engineNow() {
		return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
	}

	/**
	 * The invitation's row for this recipient, committed SENDING this long ago by an
	 * attempt that then stopped.
	 */
	String sendingSince(Duration ago, int recipient) {
		ReminderBatch batch = reviewMails.invitation(review().getId());
		ReminderBatch.Recipient to = batch.recipients().get(recipient);
		String key = batch.keyFor(to);
		Reminder row = reminders.save(new Reminder(key, ReminderKind.INVITATION, partnerId, review().getId(), null, 0,
				to.name(), to.email(), batch.subject(), engineNow().minus(ago)));
		row.markSending(engineNow().minus(ago));
		reminders.save(row);
		return key;
	}

	/**
	 * The invitations' step stopped with its incident at the second of its two
	 * recipients; the first got its mail before the step reached the second. Returns the
	 * second's key.
	 */
	String incidentAtTheSecondInvitation() {
		meetingScheduledButInvitationsNotYetSent();
		String crashed = sendingSince(Duration.ofMinutes(10), 1);
		Job job = sendJob();
		assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("may have been sent");
		assertThat(incidents()).isOne();
		assertThat(mails("Invitation: business review 1")).hasSize(1);
		return crashed;
	}

	ResultActions resolve(String key, String status, String note) throws Exception {
		return call(key, "{\"status\":\"" + status + "\",\"note\":\"" + note + "\"}", ADMIN);
	}

	ResultActions call(String key, String body, String authorization) throws Exception {
		return mvc.perform(post("/api/reminders/{key}/resolution", key).header(AUTHORIZATION, authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	List<MimeMessage> mailsFor(String key) {
		return Stream.of(smtp.getReceivedMessages()).filter(m -> messageId(m).contains("<" + key + "@")).toList();
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void shouldSendNothingMoreWhenTheOperatorFoundTheMailInTheMailbox() throws Exception {
		String crashed = incidentAtTheSecondInvitation();
		Job job = sendJob();
		int before = smtp.getReceivedMessages().length;

		resolve(crashed, "SENT", "found in the recipient's mailbox").andExpect(status().isOk())
			.andExpect(jsonPath("$.key").value(crashed))
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.resolution.status").value("SENT"))
			.andExpect(jsonPath("$.resolution.resolvedBy").value("admin"))
			.andExpect(jsonPath("$.jobIds[0]").value(job.getId()))
			.andExpect(jsonPath("$.jobRetried").value(true))
			.andExpect(jsonPath("$.stillToResolve").isEmpty());

		assertThat(incidents()).as("the incident ends with the retry").isZero();
		assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isPositive();
		managementService.executeJob(job.getId()); // as the job executor would
		assertThat(smtp.getReceivedMessages()).as("nothing more goes out").hasSize(before);
		assertThat(mailsFor(crashed)).isEmpty();
		assertThat(reminders.findByKey(crashed).orElseThrow().getStatus()).isEqualTo(ReminderStatus.SENT);
		assertThat(managementService.createJobQuery().jobId(job.getId()).count()).as("the step is done").isZero();
		assertThat(incidents()).isZero();
	}

	@Test
	void shouldSendExactlyTheMailStillDueWhenTheOperatorFoundItNowhere() throws Exception {
		String crashed = incidentAtTheSecondInvitation();
		Job job = sendJob();
		int before = smtp.getReceivedMessages().length;

		resolve(crashed, "PENDING", "not in the mailbox nor in the mail server's log").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.jobRetried").value(true));
		managementService.executeJob(job.getId());

		assertThat(smtp.getReceivedMessages()).as("one mail, for it").hasSize(before + 1);
		assertThat(mailsFor(crashed)).hasSize(1);
		assertThat(mails("Invitation: business review 1")).extracting(MailTestBase::recipient)
			.containsExactlyInAnyOrder("erik@buyer.example", "pat@provider.example");
		Reminder row = reminders.findByKey(crashed).orElseThrow();
		assertThat(row.getStatus()).isEqualTo(ReminderStatus.SENT);
		assertThat(row.getChannel()).isEqualTo("SMTP");
		assertThat(incidents()).isZero();
	}

	@Test
	void shouldRefuseWhileTheSendStepIsRunningOnANode() throws Exception {
		String crashed = incidentAtTheSecondInvitation();
		Job job = sendJob();
		// someone pressed Retry in Cockpit and node-b took the job: it is running the
		// step right now
		managementService.setJobRetries(job.getId(), 1);
		Date lockedUntil = Date.from(engineNow().plus(Duration.ofMinutes(4)));
		engine.getCommandExecutorTxRequired().execute(context -> {
			JobEntity locked = context.getJobManager().findJobById(job.getId());
			locked.setLockOwner("node-b");
			locked.setLockExpirationTime(lockedUntil);
			return null;
		});

		resolve(crashed, "SENT", "found in the recipient's mailbox").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("its send step is running on node node-b")))
			.andExpect(jsonPath("$.errors[0].field").value("reminder"));

		Reminder row = reminders.findByKey(crashed).orElseThrow();
		assertThat(row.getStatus()).as("nothing changed").isEqualTo(ReminderStatus.SENDING);
		assertThat(resolutions.findByReminderIds(List.of(row.getId()))).isEmpty();
		JobEntity unchanged = (JobEntity) managementService.createJobQuery().jobId(job.getId()).singleResult();
		assertThat(unchanged.getLockOwner()).isEqualTo("node-b");
		assertThat(unchanged.getRetries()).isOne();
	}

	@Test
	void shouldRefuseWhileTheSendingMarkIsYoungerThanTheJobLockTime() throws Exception {
		meetingScheduledButInvitationsNotYetSent();
		String sending = sendingSince(Duration.ofMinutes(1), 1); // another node's attempt
																	// may be in flight
		Job job = sendJob();
		assertThatThrownBy(() -> managementService.executeJob(job.getId()))
			.hasMessageContaining("is being sent by another attempt");
		Instant resolvable = reminders.findByKey(sending)
			.orElseThrow()
			.getSendingAt()
			.plusMillis(engine.getJobExecutor().getLockTimeInMillis());

		resolve(sending, "PENDING", "not in the mailbox").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("less than the job lock time")))
			.andExpect(jsonPath("$.detail", containsString("It can be resolved from " + resolvable)));

		Reminder row = reminders.findByKey(sending).orElseThrow();
		assertThat(row.getStatus()).isEqualTo(ReminderStatus.SENDING);
		assertThat(resolutions.findByReminderIds(List.of(row.getId()))).isEmpty();
	}

	@Test
	void shouldRetryTheJobOnlyOnceNoneOfItsMailsIsLeftSending() throws Exception {
		meetingScheduledButInvitationsNotYetSent();
		// two attempts on two nodes stopped, each after marking one invitation SENDING
		String first = sendingSince(Duration.ofMinutes(20), 0);
		String second = sendingSince(Duration.ofMinutes(10), 1);
		Job job = sendJob();
		assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining(first);
		int before = smtp.getReceivedMessages().length;

		resolve(second, "SENT", "found in the recipient's mailbox").andExpect(status().isOk())
			.andExpect(jsonPath("$.jobRetried").value(false))
			.andExpect(jsonPath("$.stillToResolve[0]").value(first));
		assertThat(incidents()).as("still waiting for the other").isOne();

		resolve(first, "PENDING", "not in the mailbox").andExpect(status().isOk())
			.andExpect(jsonPath("$.jobRetried").value(true))
			.andExpect(jsonPath("$.stillToResolve").isEmpty());
		managementService.executeJob(job.getId());

		assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
		assertThat(mailsFor(first)).hasSize(1);
		assertThat(mailsFor(second)).isEmpty();
	}

	@Test
	void shouldShowWhoResolvedItWhenAndWhyInTheRemindersList() throws Exception {
		String crashed = incidentAtTheSecondInvitation();
		Instant before = engineNow();

		resolve(crashed, "SENT", "found in the recipient's mailbox").andExpect(status().isOk());

		String resolution = "$.content[?(@.key == '" + crashed + "')].resolutions[0]";
		mvc.perform(get("/api/partners/{id}/reminders", partnerId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.key == '" + crashed + "')].status").value("SENT"))
			.andExpect(jsonPath(resolution + ".status").value("SENT"))
			.andExpect(jsonPath(resolution + ".note").value("found in the recipient's mailbox"))
			.andExpect(jsonPath(resolution + ".resolvedBy").value("admin"))
			.andExpect(jsonPath(resolution + ".resolvedAt").isNotEmpty())
			.andExpect(jsonPath(resolution + ".sendingAt").isNotEmpty())
			.andExpect(jsonPath("$.content[?(@.key != '" + crashed + "')].resolutions[*]").isEmpty());
		Reminder row = reminders.findByKey(crashed).orElseThrow();
		assertThat(resolutions.findByReminderIds(List.of(row.getId()))).singleElement().satisfies(r -> {
			assertThat(r.getResolvedAt()).isAfterOrEqualTo(before);
			assertThat(r.getSendingAt()).isEqualTo(row.getSendingAt());
		});
	}

	@Test
	void shouldRefuseAReminderThatIsNotLeftSending() throws Exception {
		String crashed = incidentAtTheSecondInvitation();
		resolve(crashed, "SENT", "found in the recipient's mailbox").andExpect(status().isOk());

		resolve(crashed, "PENDING", "second thoughts").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("is SENT")))
			.andExpect(jsonPath("$.errors[0].field").value("reminder"));
		assertThat(reminders.findByKey(crashed).orElseThrow().getStatus()).isEqualTo(ReminderStatus.SENT);
	}

	@Test
	void shouldAnswer404ForAnUnknownReminder() throws Exception {
		resolve("invitation.review-0.s0.000000000000", "SENT", "found").andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}|status", "{\"note\":\"found\"}|status", "{\"status\":\"\",\"note\":\"found\"}|status",
			"{\"status\":\"SKIPPED\",\"note\":\"found\"}|status", "{\"status\":\"SENDING\",\"note\":\"found\"}|status",
			"{\"status\":\"SENT\"}|note", "{\"status\":\"SENT\",\"note\":\"   \"}|note", "LONG|note" })
	void shouldRefuseABadBodyNamingTheField(String bodyAndField) throws Exception {
		String crashed = incidentAtTheSecondInvitation();
		String[] parts = bodyAndField.split("\\|");
		String body = parts[0].equals("LONG") ? "{\"status\":\"SENT\",\"note\":\"" + "n".repeat(2001) + "\"}"
				: parts[0];

		call(crashed, body, ADMIN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(parts[1]));
		assertThat(reminders.findByKey(crashed).orElseThrow().getStatus()).isEqualTo(ReminderStatus.SENDING);
	}

	@Test
	void shouldAcceptANoteOfTwoThousandCharacters() throws Exception {
		String crashed = incidentAtTheSecondInvitation();

		resolve(crashed, "SENT", "n".repeat(2000)).andExpect(status().isOk());
	}

	@Test
	void shouldBeForCamundaAdminOnly() throws Exception {
		String crashed = incidentAtTheSecondInvitation();
		String body = "{\"status\":\"SENT\",\"note\":\"found in the recipient's mailbox\"}";

		for (String user : List.of("sofia", "erik", lifecycles.representative(partnerId))) {
			call(crashed, body, basic(user)).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail")
					.value("Resolving a reminder that may have been sent is for camunda-admin"));
		}
		MockMvc anonymous = MockMvcBuilders.webAppContextSetup(webContext)
			.addFilters(context.getBean("apiAuthenticationFilter", jakarta.servlet.Filter.class))
			.build();
		anonymous
			.perform(post("/api/reminders/{key}/resolution", crashed).contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnauthorized());
		call(crashed, body, basic("nobody", "nope")).andExpect(status().isUnauthorized());

		assertThat(reminders.findByKey(crashed).orElseThrow().getStatus()).isEqualTo(ReminderStatus.SENDING);
		assertThat(incidents()).isOne();
	}

}
