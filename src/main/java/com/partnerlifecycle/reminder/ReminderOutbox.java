package com.partnerlifecycle.reminder;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerlifecycle.common.BusinessTime;

/**
 * Never lost, never sent twice (docs/rules.md "Reminders"). Called from a send step that
 * runs as its own job ({@code asyncBefore}, retry cycle): every recipient gets a row with
 * a unique key; each row is marked SENDING in a committed transaction before the SMTP
 * call and SENT in another after it (the one that marks the next row SENDING). A retry
 * skips SENT rows, sends PENDING ones, and stops with an incident at a row still SENDING
 * (the earlier attempt may have delivered it). A row that turned SENDING less than a job
 * lock time ago may still be in the hands of another node whose lock expired while the
 * job waited in its queue: that attempt is retried later instead of raising a false
 * alarm.
 */
@Service
public class ReminderOutbox {

	private final ReminderRepository reminders;

	private final ReminderTransport transport;

	private final TransactionTemplate ownTransaction;

	private final BusinessTime time;

	private final java.time.Duration inFlight;

	private final org.springframework.beans.factory.ObjectProvider<PersonalLinks> links;

	public ReminderOutbox(ReminderRepository reminders, ReminderTransport transport,
			PlatformTransactionManager transactionManager, BusinessTime time,
			@org.springframework.beans.factory.annotation.Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis,
			org.springframework.beans.factory.ObjectProvider<PersonalLinks> links) {
		this.links = links;
		this.inFlight = java.time.Duration.ofMillis(lockTimeMillis);
		this.reminders = reminders;
		this.transport = transport;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.time = time;
	}

	/**
	 * Records and sends the batch, its mails over one connection; a failure leaves the
	 * unsent rows PENDING for the job's retry. A mail's SENT is committed together with
	 * the next row's SENDING: a batch of n mails costs n + 2 commits, not 3n, with the
	 * same guarantee (a mail is SENT only once the server accepted it, SENDING before).
	 */
	public void deliver(ReminderBatch batch) {
		List<Long> rows = record(batch);
		try (ReminderTransport.Delivery delivery = transport.open()) {
			Long sent = null; // accepted by the server, SENT not yet committed
			for (int i = 0; i < rows.size(); i++) {
				Long rowId = rows.get(i);
				Claim claim = claim(rowId, sent, batch.partnerId(), batch.recipients().get(i).link());
				sent = null;
				Reminder row = claim.row();
				if (!claim.claimed()) {
					if (row.getStatus() == ReminderStatus.SENDING) {
						throw stillSending(row);
					}
					continue; // sent by an earlier attempt, or skipped: its task ended
				}
				send(batch, row, claim.link(), delivery);
				sent = rowId;
			}
			if (sent != null) {
				Long last = sent;
				ownTransaction.executeWithoutResult(status -> markSent(last));
			}
		}
	}

	/**
	 * Every recipient's row, in one transaction: found when an earlier attempt recorded
	 * it, inserted otherwise.
	 */
	private List<Long> record(ReminderBatch batch) {
		return ownTransaction.execute(status -> {
			List<Long> rows = new ArrayList<>();
			for (ReminderBatch.Recipient recipient : batch.recipients()) {
				String key = batch.keyFor(recipient);
				rows.add(reminders.findByKey(key).orElseGet(() -> insert(batch, recipient, key)).getId());
			}
			return rows;
		});
	}

	private Reminder insert(ReminderBatch batch, ReminderBatch.Recipient recipient, String key) {
		try {
			return reminders
				.saveAndFlush(new Reminder(key, batch.kind(), batch.partnerId(), batch.reviewId(), batch.summitId(),
						batch.sequence(), recipient.name(), recipient.email().strip(), batch.subject(), time.now()));
		}
		catch (DataIntegrityViolationException recordedMeanwhile) {
			throw new IllegalStateException("Reminder " + key + " was recorded concurrently; the retry will send it",
					recordedMeanwhile);
		}
	}

	/**
	 * The row, whether this attempt marked it SENDING (only a PENDING row is claimed),
	 * and the personal link issued for it, if its recipient gets one.
	 */
	private record Claim(Reminder row, boolean claimed, PersonalLinks.Issued link) {
	}

	/**
	 * In one transaction: the previous mail SENT (if any), and this row SENDING if it is
	 * PENDING, with its recipient's personal link issued (a new token on every attempt;
	 * the one before revoked). A row whose link may no longer be issued (its task ended)
	 * is SKIPPED.
	 */
	private Claim claim(Long rowId, Long previousSent, String partnerId, ReminderBatch.PersonalLink link) {
		return ownTransaction.execute(status -> {
			if (previousSent != null) {
				markSent(previousSent);
			}
			Reminder current = reminders.findById(rowId).orElseThrow();
			if (current.getStatus() != ReminderStatus.PENDING) {
				return new Claim(current, false, null);
			}
			PersonalLinks.Issued issued = null;
			if (link != null) {
				issued = links.getObject().issue(rowId, partnerId, link).orElse(null);
				if (issued == null) {
					current.markSkipped("its task has ended or its contact has left: no link issued", time.now());
					return new Claim(current, false, null);
				}
			}
			current.markSending(time.now());
			return new Claim(current, true, issued);
		});
	}

	/**
	 * A row still SENDING: another attempt's mail in flight, or one that stopped between
	 * the SMTP call and SENT.
	 */
	private RuntimeException stillSending(Reminder row) {
		if (row.getSendingAt().plus(inFlight).isAfter(time.now())) {
			return new IllegalStateException("Reminder " + row.getKey() + " is being sent by another attempt since "
					+ row.getSendingAt() + "; this one is retried later");
		}
		return new ReminderMayHaveBeenSent(row.getKey());
	}

	private void send(ReminderBatch batch, Reminder row, PersonalLinks.Issued link,
			ReminderTransport.Delivery delivery) {
		try {
			String text = batch.text();
			String html = batch.html();
			if (link != null) { // in the text and HTML parts only, never in a calendar
								// part
				String until = time.display(link.expiresAt());
				text = text + "\n\nYour personal link to this task, for you only (it signs you in once, until " + until
						+ "; do not forward it):\n" + link.url();
				String button = "<p><a href=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(link.url())
						+ "\" style=\"display:inline-block;padding:10px 16px;background:#1a5fb4;color:#fff;"
						+ "text-decoration:none;border-radius:4px\">Open your task</a></p><p style=\"color:#666\">"
						+ "This link is for you only: it signs you in once, until "
						+ org.springframework.web.util.HtmlUtils.htmlEscape(until) + ". Do not forward it.</p>";
				html = html == null ? null : html.replace("</body>", button + "</body>");
			}
			delivery.send(new OutgoingMail(row.getKey(), row.getRecipientEmail(), row.getRecipientName(),
					batch.subject(), text, html, batch.calendar(), batch.calendarMethod()));
		}
		catch (RuntimeException notAccepted) {
			ownTransaction.executeWithoutResult(status -> reminders.findById(row.getId())
				.orElseThrow()
				.markFailed(notAccepted.getClass().getSimpleName() + ": " + notAccepted.getMessage()));
			throw notAccepted;
		}
	}

	private void markSent(Long rowId) {
		reminders.findById(rowId).orElseThrow().markSent(transport.channel(), time.now());
	}

}
