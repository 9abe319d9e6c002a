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
 * Never lost, never sent twice (DESIGN.md "Reminders"). Called from a send step that runs as its own job
 * ({@code asyncBefore}, retry cycle): every recipient gets a row with a unique key; each row is marked SENDING in
 * its own committed transaction before the SMTP call and SENT in another after it. A retry skips SENT rows, sends
 * PENDING ones, and stops with an incident at a row still SENDING (the earlier attempt may have delivered it).
 * A row that turned SENDING less than a job lock time ago may still be in the hands of another node whose lock
 * expired while the job waited in its queue: that attempt is retried later instead of raising a false alarm.
 */
@Service
public class ReminderOutbox {

	private final ReminderRepository reminders;

	private final ReminderTransport transport;

	private final TransactionTemplate ownTransaction;

	private final BusinessTime time;

	private final java.time.Duration inFlight;

	public ReminderOutbox(ReminderRepository reminders, ReminderTransport transport,
			PlatformTransactionManager transactionManager, BusinessTime time,
			@org.springframework.beans.factory.annotation.Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis) {
		this.inFlight = java.time.Duration.ofMillis(lockTimeMillis);
		this.reminders = reminders;
		this.transport = transport;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.time = time;
	}

	/**
	 * Records and sends the batch, its mails over one connection; a failure leaves the unsent rows PENDING for the
	 * job's retry.
	 */
	public void deliver(ReminderBatch batch) {
		List<Reminder> rows = record(batch);
		try (ReminderTransport.Delivery delivery = transport.open()) {
			for (Reminder row : rows) {
				send(batch, row.getId(), delivery);
			}
		}
	}

	private List<Reminder> record(ReminderBatch batch) {
		List<Reminder> rows = new ArrayList<>();
		for (ReminderBatch.Recipient recipient : batch.recipients()) {
			String key = batch.keyFor(recipient);
			rows.add(ownTransaction.execute(status -> reminders.findByKey(key).orElseGet(() -> insert(batch, recipient, key))));
		}
		return rows;
	}

	private Reminder insert(ReminderBatch batch, ReminderBatch.Recipient recipient, String key) {
		try {
			return reminders.saveAndFlush(new Reminder(key, batch.kind(), batch.partnerId(), batch.reviewId(), batch.summitId(),
					batch.sequence(), recipient.name(), recipient.email().strip(), batch.subject(), time.now()));
		}
		catch (DataIntegrityViolationException recordedMeanwhile) {
			throw new IllegalStateException("Reminder " + key + " was recorded concurrently; the retry will send it",
					recordedMeanwhile);
		}
	}

	private void send(ReminderBatch batch, Long rowId, ReminderTransport.Delivery delivery) {
		Reminder row = ownTransaction.execute(status -> {
			Reminder current = reminders.findById(rowId).orElseThrow();
			if (current.getStatus() == ReminderStatus.SENDING) {
				if (current.getSendingAt().plus(inFlight).isAfter(time.now())) {
					throw new IllegalStateException("Reminder " + current.getKey() + " is being sent by another attempt "
							+ "since " + current.getSendingAt() + "; this one is retried later");
				}
				throw new ReminderMayHaveBeenSent(current.getKey());
			}
			if (current.getStatus() == ReminderStatus.PENDING) {
				current.markSending(time.now());
			}
			return current;
		});
		if (row.getStatus() != ReminderStatus.SENDING) {
			return; // sent by an earlier attempt
		}
		try {
			delivery.send(new OutgoingMail(row.getKey(), row.getRecipientEmail(), row.getRecipientName(),
					batch.subject(), batch.text(), batch.html(), batch.calendar(), batch.calendarMethod()));
		}
		catch (RuntimeException notAccepted) {
			ownTransaction.executeWithoutResult(status -> reminders.findById(rowId)
				.orElseThrow()
				.markFailed(notAccepted.getClass().getSimpleName() + ": " + notAccepted.getMessage()));
			throw notAccepted;
		}
		ownTransaction.executeWithoutResult(
				status -> reminders.findById(rowId).orElseThrow().markSent(transport.channel(), time.now()));
	}

}
