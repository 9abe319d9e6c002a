package com.partnerlifecycle.cluster;

import static com.partnerlifecycle.cluster.Burst.awaitUntil;
import static com.partnerlifecycle.cluster.Burst.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import com.partnerlifecycle.PromptGreenMail;

/**
 * The default installation — one node on the embedded H2 file database — killed (kill -9)
 * in the middle of a burst of reminders and started again: nothing is lost, nothing is
 * mailed twice, every review goes on where it was.
 *
 * <p>
 * H2 in file mode is opened by one process at a time, so this test reads and writes the
 * file only while the node is stopped.
 */
class SingleNodeRestartIT {

	static final int BURST = 500;

	static final int SMTP_PORT = 3126;

	static final String PREFIX = "restart";

	static GreenMail smtp;

	@BeforeAll
	static void start() {
		smtp = new PromptGreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	static Node node(String id, String url, boolean jobs) throws Exception {
		return Node.start(id, 18095, url, "prod", "sa", "", SMTP_PORT, jobs,
				Path.of("target", PREFIX + "-" + id + ".log"));
	}

	static <T> T withDatabase(String url, java.util.function.Function<JdbcTemplate, T> work) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			return work.apply(new JdbcTemplate(dataSource));
		}
		finally {
			dataSource.destroy();
		}
	}

	@Test
	void shouldLoseNothingAndSendNothingTwiceWhenTheNodeIsKilledAndRestarted() throws Exception {
		Path folder = Path.of("target", "h2-restart").toAbsolutePath();
		FileSystemUtils.deleteRecursively(folder);
		Files.createDirectories(folder);
		// the options of the default datasource (application.yml), in a folder of the
		// test's own
		String url = "jdbc:h2:file:" + folder.resolve("partnerships") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

		node("schema", url, false).close(); // Flyway and the engine create their tables
		List<Long> reviews = withDatabase(url, jdbc -> Burst.insertReviews(jdbc, PREFIX, BURST));
		try (Node loader = node("loader", url, false)) {
			Burst.startReviews(loader, PREFIX, reviews);
		}

		try (Node first = node("first", url, true)) {
			Burst.release(first);
			awaitUntil(() -> received(smtp, PREFIX).size() >= BURST / 4, Duration.ofMinutes(3));
			first.kill();
		}
		int beforeRestart = received(smtp, PREFIX).size();
		assertThat(beforeRestart).as("killed in the middle of the burst").isLessThan(BURST);

		try (Node restarted = node("restarted", url, true)) {
			// the killed node's locked jobs are taken again once their lock has expired
			awaitUntil(() -> runnableSendJobs(restarted) == 0, Duration.ofMinutes(5));
		}

		Burst.Outcome outcome = withDatabase(url, Burst.Outcome::of);
		List<MimeMessage> mails = received(smtp, PREFIX);
		System.out.printf(
				"SingleNodeRestartIT: %d mails before the kill, %d sent, %d caught SENDING (incidents: %d), %d mails%n",
				beforeRestart, outcome.sent(), outcome.sending(), outcome.incidents(), mails.size());
		outcome.assertNothingLostNothingTwice(BURST, mails);
		assertThat(mails.size()).as("the restarted node sent the rest").isGreaterThan(beforeRestart);
		int active = withDatabase(url,
				jdbc -> jdbc.queryForObject(
						"select count(*) from partner where id like '" + PREFIX + "-%' and stage = 'ACTIVE'",
						Integer.class));
		assertThat(active).as("every partnership still there, where it was").isEqualTo(BURST);
	}

	/**
	 * Send steps still to run: async continuations of the review process with retries
	 * left.
	 */
	static int runnableSendJobs(Node node) {
		try {
			String body = node
				.get("/engine-rest/job/count?processDefinitionKey=business-review&messages=true&withRetriesLeft=true")
				.body();
			return Integer.parseInt(body.replaceAll("\\D", ""));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
