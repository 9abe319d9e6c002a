package com.partnerlifecycle.partneraccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.contact.PartnerContacts;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.reminder.MailTestBase;
import com.partnerlifecycle.review.ReviewProcess;

/**
 * The links in mails against a real SMTP server (GreenMail): the reminder to prepare
 * carries the contact's link to its rating task; a mail resent after a failed attempt
 * carries a new token and the one before is revoked; a mail whose task ended before it
 * went out is skipped, and no link is issued. The same context as the other mail tests.
 */
@LifecycleTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"partnership.reminders.retry-cycle=R2/PT1M" })
class PartnerLinkMailTest extends MailTestBase {

	static final Pattern LINK = Pattern.compile("/partner-access/([A-Za-z0-9_-]{43})");

	static final String PAT = "pat@provider.example";

	@Autowired
	PartnerContacts contacts;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldLinkTheReminderToPrepareToTheContactsRatingTask() throws Exception {
		addPat();
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		String first = token(single(mails("Rate the partnership (partner's side)")));

		// when the reminder to prepare is due (three days before the meeting)
		lifecycles.clockTo(partnerId, review().getMeetingAt().minus(Duration.ofDays(3)).plusSeconds(60));

		// then Pat's copy carries a new link to the rating task, which replaces the
		// first; erik's carries none
		List<MimeMessage> prepare = mails("Prepare business review 1");
		assertThat(prepare).hasSize(2);
		MimeMessage pats = prepare.stream().filter(m -> recipient(m).equals(PAT)).findFirst().orElseThrow();
		MimeMessage eriks = prepare.stream()
			.filter(m -> recipient(m).equals("erik@buyer.example"))
			.findFirst()
			.orElseThrow();
		String second = token(pats);
		assertThat(second).isNotEqualTo(first);
		assertThat(part(eriks, "text/plain")).doesNotContain("/partner-access/");
		String ratingTask = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER).getId();
		assertThat(link(second)).containsEntry("TASK_ID", ratingTask).containsEntry("REVOKED_AT", null);
		assertThat(link(first).get("REVOKED_REASON")).isEqualTo("replaced by a newer link");
	}

	@Test
	void shouldMailANewTokenAndRevokeTheOldWhenTheMailIsResentAfterAFailedAttempt() throws Exception {
		addPat();
		lifecycles.untilNextReviewStarts(partnerId);
		scheduleAndSendTheInvitations();
		Job mail = linkJob();

		// when the mail server is down at the first attempt
		smtp.stop();
		assertThatThrownBy(() -> managementService.executeJob(mail.getId())).isInstanceOf(RuntimeException.class);
		smtp.start();
		assertThat(links()).hasSize(1); // issued before the SMTP call: that token never
										// reached anyone

		// then the retry mails a new token, and the one issued for the failed attempt is
		// revoked
		managementService.executeJob(mail.getId());
		String token = token(single(mails("Rate the partnership (partner's side)")));
		List<Map<String, Object>> links = links();
		assertThat(links).hasSize(2);
		assertThat(links.get(0).get("REVOKED_REASON")).isEqualTo("replaced by a new link in a resent mail");
		assertThat(links.get(1).get("TOKEN_HASH")).isEqualTo(LinkTokens.hash(token));
		assertThat(links.get(1).get("REVOKED_AT")).isNull();
		assertThat(links.get(0).get("REMINDER_ID")).isEqualTo(links.get(1).get("REMINDER_ID"));
	}

	@Test
	void shouldSkipTheMailWhenItsTaskEndedBeforeItWent() throws Exception {
		addPat();
		lifecycles.untilNextReviewStarts(partnerId);
		scheduleAndSendTheInvitations();
		Job mail = linkJob();

		// when the partner's representative rates before the link's mail went out
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId),
				FormValues.rateAsProvider(4, 100_000, 0));
		if (managementService.createJobQuery().jobId(mail.getId()).count() == 1) {
			managementService.executeJob(mail.getId());
		}

		// then nothing is mailed and no link is issued
		assertThat(mails("Rate the partnership (partner's side)")).isEmpty();
		assertThat(links()).isEmpty();
	}

	private void addPat() {
		driver.asUser("sofia",
				() -> contacts.add(partnerId, new PartnerContacts.Input("Pat Partner", PAT, "Account lead")));
	}

	/**
	 * The meeting set and the invitations' send step run: both rating tasks exist, the
	 * link's mail job waits.
	 */
	private void scheduleAndSendTheInvitations() {
		driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia", FormValues.scheduleReviewMeeting(
				lifecycles.now().plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).toString(), "erik", "Pat", PAT));
		Job invitations = managementService.createJobQuery()
			.processInstanceId(review().getProcessInstanceId())
			.activityId(ReviewProcess.SEND_INVITATIONS)
			.singleResult();
		managementService.executeJob(invitations.getId());
	}

	private Job linkJob() {
		return managementService.createJobQuery()
			.processInstanceId(review().getProcessInstanceId())
			.list()
			.stream()
			.filter(job -> TaskLinkMails.JOB_TYPE.equals(((JobEntity) job).getJobHandlerType()))
			.findFirst()
			.orElseThrow();
	}

	private List<Map<String, Object>> links() {
		return jdbc.queryForList("select * from partner_link where partner_id = ? order by id", partnerId);
	}

	private Map<String, Object> link(String token) {
		return jdbc.queryForMap("select * from partner_link where token_hash = ?", LinkTokens.hash(token));
	}

	private static MimeMessage single(List<MimeMessage> mails) {
		assertThat(mails).hasSize(1);
		assertThat(recipient(mails.get(0))).isEqualTo(PAT);
		return mails.get(0);
	}

	private static String token(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher(part(mail, "text/plain"));
		assertThat(link.find()).as("a link in " + subject(mail)).isTrue();
		return link.group(1);
	}

}
