package com.partnerlifecycle.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

/**
 * A burst of reminders due at once: partners at their first review, each with one meeting
 * participant, and one {@code business-review} instance per partner waiting right before
 * "Send the invitations", its job held suspended until the nodes under test are up.
 */
final class Burst {

	private Burst() {
	}

	/**
	 * The application's rows, bulk-loaded: partner, its first review, one provider-side
	 * participant.
	 */
	static List<Long> insertReviews(JdbcTemplate jdbc, String prefix, int size) {
		Timestamp now = Timestamp.from(Instant.now());
		Timestamp meeting = Timestamp.from(Instant.now().plus(Duration.ofDays(10)));
		return java.util.stream.IntStream.range(0, size).mapToObj(i -> {
			String id = partnerId(prefix, i);
			jdbc.update(
					"insert into partner (id, name, name_key, stage, mode, pilot_extensions, registered_at, registered_by, version, group_id) "
							+ "values (?, ?, ?, 'ACTIVE', 'VENDOR', 0, ?, 'system', 0, ?)",
					id, "Partner " + id, id, now, "partner-" + id);
			jdbc.update(
					"insert into review (partner_id, number, due_date, status, meeting_at, meeting_minutes, invitation_sequence) "
							+ "values (?, 1, current_date + 14, 'SCHEDULED', ?, 60, 0)",
					id, meeting);
			Long reviewId = jdbc.queryForObject("select id from review where partner_id = ? and number = 1", Long.class,
					id);
			jdbc.update(
					"insert into review_participant (review_id, side, position, name, email, role) values (?, 'PROVIDER', 0, ?, ?, 'Lead')",
					reviewId, "Contact " + i, "contact-" + i + "@" + prefix + ".example");
			return reviewId;
		}).toList();
	}

	static String partnerId(String prefix, int i) {
		return prefix + "-" + i;
	}

	/**
	 * One review process per loaded review, started through the engine REST API of a node
	 * whose job executor is off, then its jobs suspended: they run when {@link #release}
	 * is called with every node up.
	 */
	static void startReviews(Node node, String prefix, List<Long> reviewIds) throws Exception {
		for (int i = 0; i < reviewIds.size(); i++) {
			String id = partnerId(prefix, i);
			String start = "{\"businessKey\":\"" + id + "\",\"variables\":{\"reviewId\":{\"value\":" + reviewIds.get(i)
					+ ",\"type\":\"Long\"},\"partnerId\":{\"value\":\"" + id
					+ "\"},\"partnerName\":{\"value\":\"Partner " + id
					+ "\"}},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"SendTask_SendInvitations\"}]}";
			assertThat(node.post("/engine-rest/process-definition/key/business-review/start", start).statusCode())
				.isEqualTo(200);
		}
		suspendReviewJobs(node, true);
	}

	static void release(Node node) throws Exception {
		suspendReviewJobs(node, false);
	}

	private static void suspendReviewJobs(Node node, boolean suspended) throws Exception {
		assertThat(node
			.put("/engine-rest/job-definition/suspended",
					"{\"processDefinitionKey\":\"business-review\",\"suspended\":" + suspended
							+ ",\"includeJobs\":true}")
			.statusCode()).isEqualTo(204);
	}

	static List<MimeMessage> received(GreenMail smtp, String prefix) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> to(m).endsWith("@" + prefix + ".example"))
			.toList();
	}

	static long distinctMessageIds(List<MimeMessage> mails) {
		return mails.stream().map(m -> header(m, "Message-ID")).distinct().count();
	}

	private static String to(MimeMessage message) {
		try {
			return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, null);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static void awaitUntil(BooleanSupplier done, Duration timeout) throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
			Thread.sleep(500);
		}
	}

	/** What a finished burst left in the database. */
	record Outcome(int rows, int sent, int sending, int pending, int incidents, int ratingTasks) {

		static Outcome of(JdbcTemplate jdbc) {
			return new Outcome(count(jdbc, "select count(*) from reminder"),
					count(jdbc, "select count(*) from reminder where status = 'SENT'"),
					count(jdbc, "select count(*) from reminder where status = 'SENDING'"),
					count(jdbc, "select count(*) from reminder where status = 'PENDING'"),
					count(jdbc, "select count(*) from act_ru_incident"), count(jdbc,
							"select count(*) from act_ru_task where task_def_key_ = 'UserTask_RateReviewProvider'"));
		}

		private static int count(JdbcTemplate jdbc, String sql) {
			return jdbc.queryForObject(sql, Integer.class);
		}

		/**
		 * After a kill: every reminder sent, or caught between SENDING and SENT and
		 * visible as an incident; no mail twice; every review either waiting for the
		 * ratings or stopped at that incident.
		 */
		void assertNothingLostNothingTwice(int size, List<MimeMessage> mails) {
			assertThat(rows).as("every reminder recorded").isEqualTo(size);
			assertThat(pending).as("nothing left unsent without an incident").isZero();
			assertThat(sent + sending).isEqualTo(size);
			assertThat(incidents).as("each reminder caught by the kill is an incident").isEqualTo(sending);
			assertThat(ratingTasks).as("every other review went on to the ratings").isEqualTo(size - sending);
			assertThat(distinctMessageIds(mails)).as("no Message-ID twice").isEqualTo(mails.size());
			assertThat(mails.size()).isBetween(sent, sent + sending);
		}

	}

}
