package com.partnerlifecycle.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two application nodes (separate JVMs from the built jar) on one PostgreSQL database, a real SMTP server in this
 * JVM, and a burst of reminders due at once: both nodes send, every reminder goes out, none twice — also when one
 * node is killed (kill -9) in the middle of the burst.
 */
class ReminderBurstIT {

	static final int BURST = 1000;

	static final int SMTP_PORT = 3125;

	static EmbeddedPostgres postgres;

	static GreenMail smtp;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stop() throws Exception {
		smtp.stop();
		postgres.close();
	}

	static String database(String name) {
		new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
		return postgres.getJdbcUrl("postgres", name);
	}

	static JdbcTemplate jdbc(String url) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "postgres", "postgres", true);
		return new JdbcTemplate(dataSource);
	}

	/** Partners at their first review, each with one meeting participant; one review process per partner waiting
	 * right before "Send the invitations", started through the engine REST API of a node whose job executor is off. */
	static void loadBurst(String url, String prefix) throws Exception {
		try (Node loader = Node.start("loader", 18090, url, SMTP_PORT, false, Path.of("target", prefix + "-loader.log"))) {
			JdbcTemplate jdbc = jdbc(url);
			Timestamp now = Timestamp.from(Instant.now());
			Timestamp meeting = Timestamp.from(Instant.now().plus(Duration.ofDays(10)));
			for (int i = 0; i < BURST; i++) {
				String id = prefix + "-" + i;
				jdbc.update("insert into partner (id, name, name_key, stage, mode, pilot_extensions, registered_at, registered_by, version) "
						+ "values (?, ?, ?, 'ACTIVE', 'VENDOR', 0, ?, 'system', 0)", id, "Partner " + id, id, now);
				Long reviewId = jdbc.queryForObject("insert into review (partner_id, number, due_date, status, meeting_at, meeting_minutes, invitation_sequence) "
						+ "values (?, 1, current_date + 14, 'SCHEDULED', ?, 60, 0) returning id", Long.class, id, meeting);
				jdbc.update("insert into review_participant (review_id, side, position, name, email, role) values (?, 'PROVIDER', 0, ?, ?, 'Lead')",
						reviewId, "Contact " + i, "contact-" + i + "@" + prefix + ".example");
				String start = "{\"businessKey\":\"" + id + "\",\"variables\":{\"reviewId\":{\"value\":" + reviewId
						+ ",\"type\":\"Long\"},\"partnerId\":{\"value\":\"" + id + "\"},\"partnerName\":{\"value\":\"Partner " + id
						+ "\"}},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"SendTask_SendInvitations\"}]}";
				assertThat(loader.post("/engine-rest/process-definition/key/business-review/start", start).statusCode())
					.isEqualTo(200);
			}
			suspendReviewJobs(loader, true); // held back until both nodes are up: then due at once
		}
	}

	static void suspendReviewJobs(Node node, boolean suspended) throws Exception {
		assertThat(node.put("/engine-rest/job-definition/suspended",
				"{\"processDefinitionKey\":\"business-review\",\"suspended\":" + suspended + ",\"includeJobs\":true}")
			.statusCode()).isEqualTo(204);
	}

	static List<MimeMessage> received(String prefix) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).endsWith("@" + prefix + ".example")).toList();
	}

	static String to(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
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

	static void awaitUntil(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
			Thread.sleep(500);
		}
	}

	@Test
	void shouldSendEveryReminderOnceFromBothNodes() throws Exception {
		String url = database("burst");
		loadBurst(url, "burst");
		try (Node one = Node.start("node-1", 18091, url, SMTP_PORT, true, Path.of("target", "burst-node-1.log"));
				Node two = Node.start("node-2", 18092, url, SMTP_PORT, true, Path.of("target", "burst-node-2.log"))) {
			JdbcTemplate jdbc = jdbc(url);
			suspendReviewJobs(one, false);
			Instant started = Instant.now(); // both nodes up: the burst is due at once
			awaitUntil(() -> jdbc.queryForObject("select count(*) from reminder where status = 'SENT'", Integer.class) >= BURST,
					Duration.ofMinutes(5));
			System.out.printf("ReminderBurstIT: %d reminders sent by two nodes in %d s%n", BURST,
					Duration.between(started, Instant.now()).toSeconds());

			List<MimeMessage> mails = received("burst");
			Map<String, Long> byNode = mails.stream()
				.collect(Collectors.groupingBy(m -> header(m, "X-Partnership-Node"), Collectors.counting()));
			assertThat(mails).hasSize(BURST);
			assertThat(mails.stream().map(m -> header(m, "Message-ID")).distinct().count()).isEqualTo(BURST);
			assertThat(byNode).containsOnlyKeys("node-1", "node-2");
			assertThat(jdbc.queryForObject("select count(*) from reminder where status = 'SENT'", Integer.class))
				.isEqualTo(BURST);
			assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'UserTask_RateReviewProvider'",
					Integer.class)).isEqualTo(BURST);
		}
	}

	@Test
	void shouldLoseNothingAndSendNothingTwiceWhenANodeIsKilledMidBurst() throws Exception {
		String url = database("crash");
		loadBurst(url, "crash");

		try (Node survivor = Node.start("node-1", 18093, url, SMTP_PORT, true, Path.of("target", "crash-node-1.log"));
				Node victim = Node.start("node-2", 18094, url, SMTP_PORT, true, Path.of("target", "crash-node-2.log"))) {
			suspendReviewJobs(survivor, false);
			awaitUntil(() -> received("crash").size() >= BURST / 4, Duration.ofMinutes(3));
			victim.kill();
			JdbcTemplate jdbc = jdbc(url);
			// done when every reminder is sent or stuck SENDING with an incident, and no job is left to run
			awaitUntil(() -> jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and handler_type_ = 'async-continuation'",
					Integer.class) == 0, Duration.ofMinutes(5));

			int sent = jdbc.queryForObject("select count(*) from reminder where status = 'SENT'", Integer.class);
			int sending = jdbc.queryForObject("select count(*) from reminder where status = 'SENDING'", Integer.class);
			int pending = jdbc.queryForObject("select count(*) from reminder where status = 'PENDING'", Integer.class);
			int rows = jdbc.queryForObject("select count(*) from reminder", Integer.class);
			int incidents = jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class);
			List<MimeMessage> mails = received("crash");
			long distinct = mails.stream().map(m -> header(m, "Message-ID")).distinct().count();
			System.out.printf("ReminderBurstIT crash: %d sent, %d caught SENDING by the kill (incidents: %d), %d mails%n",
					sent, sending, incidents, mails.size());

			assertThat(rows).as("every reminder recorded").isEqualTo(BURST);
			assertThat(pending).as("nothing left unsent without an incident").isZero();
			assertThat(sent + sending).isEqualTo(BURST);
			assertThat(incidents).as("each reminder caught by the kill is an incident").isEqualTo(sending);
			assertThat(distinct).as("no Message-ID twice").isEqualTo(mails.size());
			assertThat(mails.size()).isBetween(sent, sent + sending);
		}
	}


}
