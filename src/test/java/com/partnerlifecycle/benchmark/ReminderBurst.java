package com.partnerlifecycle.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Issue 8.3: a set of business reviews whose "Send the invitations" jobs all become due
 * at once (their due date is set to now); the node(s) send one invitation per review to
 * the harness's SMTP server (GreenMail). Drained = no invitation job left, not even one
 * waiting for a retry. Checked after each round: every reminder SENT, one mail each, no
 * Message-ID twice.
 */
final class ReminderBurst {

	record Result(double seconds, int sent, Map<String, Long> byNode) {

		double perSecond() {
			return sent / seconds;
		}

	}

	private ReminderBurst() {
	}

	static Result round(JdbcTemplate jdbc, GreenMail smtp, PortfolioData.BurstSet set, Duration timeout)
			throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		int sentBefore = sent(jdbc);
		Timestamp now = Timestamp.from(Instant.now());
		Timestamp heldFrom = Timestamp.from(set.heldUntil());
		Timestamp heldTo = Timestamp.from(set.heldUntil().plus(Duration.ofDays(1)));
		long start = System.nanoTime();
		int due = jdbc.update("update act_ru_job set duedate_ = ? where handler_type_ = 'async-continuation' "
				+ "and duedate_ >= ? and duedate_ < ?", now, heldFrom, heldTo);
		if (due != set.size()) {
			throw new IllegalStateException(
					"Set " + set.name() + ": " + due + " jobs made due, expected " + set.size());
		}
		Timestamp soon = Timestamp.from(Instant.now().plus(Duration.ofDays(1)));
		Instant until = Instant.now().plus(timeout);
		while (left(jdbc, soon) > 0) {
			if (Instant.now().isAfter(until)) {
				throw new IllegalStateException("Set " + set.name() + " not drained within " + timeout + ": "
						+ left(jdbc, soon) + " jobs left, " + (sent(jdbc) - sentBefore) + " sent");
			}
			Thread.sleep(100);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int sent = sent(jdbc) - sentBefore;
		MimeMessage[] mails = smtp.getReceivedMessages();
		Set<String> ids = Arrays.stream(mails).map(m -> header(m, "Message-ID")).collect(Collectors.toSet());
		if (sent != set.size() || mails.length != set.size() || ids.size() != set.size()) {
			throw new IllegalStateException("Set " + set.name() + ": " + sent + " reminders SENT, " + mails.length
					+ " mails, " + ids.size() + " distinct Message-IDs; expected " + set.size() + " of each");
		}
		Map<String, Long> byNode = Arrays.stream(mails)
			.collect(Collectors.groupingBy(m -> header(m, "X-Partnership-Node"), Collectors.counting()));
		smtp.purgeEmailFromAllMailboxes();
		return new Result(seconds, sent, byNode);
	}

	private static int sent(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from reminder where kind = 'INVITATION' and status = 'SENT'",
				Integer.class);
	}

	/** Invitation jobs due now, or failed and waiting for their retry. */
	private static int left(JdbcTemplate jdbc, Timestamp soon) {
		return jdbc.queryForObject(
				"select count(*) from act_ru_job where handler_type_ = 'async-continuation' " + "and duedate_ < ?",
				Integer.class, soon);
	}

	private static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, null);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
