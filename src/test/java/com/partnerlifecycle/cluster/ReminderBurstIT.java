package com.partnerlifecycle.cluster;

import static com.partnerlifecycle.cluster.Burst.awaitUntil;
import static com.partnerlifecycle.cluster.Burst.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

import com.partnerlifecycle.PromptGreenMail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two application nodes (separate JVMs from the built jar) on one PostgreSQL database, a
 * real SMTP server in this JVM, and a burst of reminders due at once: both nodes send,
 * every reminder goes out, none twice — also when one node is killed (kill -9) in the
 * middle of the burst.
 */
class ReminderBurstIT {

	static final int BURST = 1000;

	static final int SMTP_PORT = 3125;

	static EmbeddedPostgres postgres;

	static GreenMail smtp;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		smtp = new PromptGreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
		return new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "postgres", true));
	}

	static void loadBurst(String url, String prefix) throws Exception {
		try (Node loader = Node.start("loader", 18090, url, SMTP_PORT, false,
				Path.of("target", prefix + "-loader.log"))) {
			Burst.startReviews(loader, prefix, Burst.insertReviews(jdbc(url), prefix, BURST));
		}
	}

	@Test
	void shouldSendEveryReminderOnceFromBothNodes() throws Exception {
		String url = database("burst");
		loadBurst(url, "burst");
		try (Node one = Node.start("node-1", 18091, url, SMTP_PORT, true, Path.of("target", "burst-node-1.log"));
				Node two = Node.start("node-2", 18092, url, SMTP_PORT, true, Path.of("target", "burst-node-2.log"))) {
			JdbcTemplate jdbc = jdbc(url);
			Burst.release(one);
			Instant started = Instant.now(); // both nodes up: the burst is due at once
			// done when every review went on to the ratings: SENT is committed before the
			// job's own transaction
			awaitUntil(() -> Burst.Outcome.of(jdbc).ratingTasks() >= BURST, Duration.ofMinutes(5));
			System.out.printf("ReminderBurstIT: %d reminders sent by two nodes in %d s%n", BURST,
					Duration.between(started, Instant.now()).toSeconds());

			List<MimeMessage> mails = received(smtp, "burst");
			Map<String, Long> byNode = mails.stream()
				.collect(Collectors.groupingBy(m -> Burst.header(m, "X-Partnership-Node"), Collectors.counting()));
			Burst.Outcome outcome = Burst.Outcome.of(jdbc);
			assertThat(mails).hasSize(BURST);
			assertThat(Burst.distinctMessageIds(mails)).isEqualTo(BURST);
			assertThat(byNode).containsOnlyKeys("node-1", "node-2");
			assertThat(outcome.sent()).isEqualTo(BURST);
			assertThat(outcome.ratingTasks()).isEqualTo(BURST);
		}
	}

	@Test
	void shouldLoseNothingAndSendNothingTwiceWhenANodeIsKilledMidBurst() throws Exception {
		String url = database("crash");
		loadBurst(url, "crash");

		try (Node survivor = Node.start("node-1", 18093, url, SMTP_PORT, true, Path.of("target", "crash-node-1.log"));
				Node victim = Node.start("node-2", 18094, url, SMTP_PORT, true,
						Path.of("target", "crash-node-2.log"))) {
			Burst.release(survivor);
			awaitUntil(() -> received(smtp, "crash").size() >= BURST / 4, Duration.ofMinutes(3));
			victim.kill();
			JdbcTemplate jdbc = jdbc(url);
			// done when every reminder is sent or stuck SENDING with an incident, and no
			// job is left to run
			awaitUntil(() -> jdbc.queryForObject(
					"select count(*) from act_ru_job where retries_ > 0 and handler_type_ = 'async-continuation'",
					Integer.class) == 0, Duration.ofMinutes(5));

			Burst.Outcome outcome = Burst.Outcome.of(jdbc);
			List<MimeMessage> mails = received(smtp, "crash");
			System.out.printf(
					"ReminderBurstIT crash: %d sent, %d caught SENDING by the kill (incidents: %d), %d mails%n",
					outcome.sent(), outcome.sending(), outcome.incidents(), mails.size());
			outcome.assertNothingLostNothingTwice(BURST, mails);
		}
	}

}
