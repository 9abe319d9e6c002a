package com.partnerlifecycle.reminder;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An operator's answer to "may have been sent" for one reminder: it reached its recipient
 * (SENT) or it did not (PENDING: the retried step sends it), why they think so, who and
 * when. Never changed once written.
 */
@Entity
class ReminderResolution {

	/** The two answers a person can give; SENDING and SKIPPED are the outbox's own. */
	enum Outcome {

		SENT, PENDING

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reminderId;

	@Enumerated(EnumType.STRING)
	private Outcome status;

	private String note;

	private String resolvedBy;

	private Instant resolvedAt;

	/** The SENDING mark this resolved: which attempt's mail the operator looked for. */
	private Instant sendingAt;

	protected ReminderResolution() {
	}

	ReminderResolution(Reminder reminder, Outcome status, String note, String resolvedBy, Instant resolvedAt) {
		this.reminderId = reminder.getId();
		this.status = status;
		this.note = note;
		this.resolvedBy = resolvedBy;
		this.resolvedAt = resolvedAt;
		this.sendingAt = reminder.getSendingAt();
	}

	Long getReminderId() {
		return reminderId;
	}

	Outcome getStatus() {
		return status;
	}

	String getNote() {
		return note;
	}

	String getResolvedBy() {
		return resolvedBy;
	}

	Instant getResolvedAt() {
		return resolvedAt;
	}

	Instant getSendingAt() {
		return sendingAt;
	}

}
