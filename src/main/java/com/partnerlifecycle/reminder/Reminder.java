package com.partnerlifecycle.reminder;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One reminder to one recipient. Its key is unique and is the mail's Message-ID, so a
 * duplicate is detectable.
 */
@Entity
public class Reminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reminder_key")
	private String key;

	@Enumerated(EnumType.STRING)
	private ReminderKind kind;

	private String partnerId;

	private Long reviewId;

	private Long summitId;

	@Column(name = "sequence_number")
	private int sequence;

	private String recipientName;

	private String recipientEmail;

	private String subject;

	@Enumerated(EnumType.STRING)
	private ReminderStatus status;

	private String channel;

	private int attempts;

	private String lastError;

	private Instant createdAt;

	private Instant sendingAt;

	private Instant sentAt;

	@Version
	private long version;

	protected Reminder() {
	}

	Reminder(String key, ReminderKind kind, String partnerId, Long reviewId, Long summitId, int sequence,
			String recipientName, String recipientEmail, String subject, Instant createdAt) {
		this.summitId = summitId;
		this.key = key;
		this.kind = kind;
		this.partnerId = partnerId;
		this.reviewId = reviewId;
		this.sequence = sequence;
		this.recipientName = recipientName;
		this.recipientEmail = recipientEmail;
		this.subject = subject;
		this.status = ReminderStatus.PENDING;
		this.createdAt = createdAt;
	}

	void markSending(Instant at) {
		this.status = ReminderStatus.SENDING;
		this.sendingAt = at;
		this.attempts++;
	}

	void markSent(String channel, Instant at) {
		this.status = ReminderStatus.SENT;
		this.channel = channel;
		this.sentAt = at;
		this.lastError = null;
	}

	void markSkipped(String reason, Instant at) {
		this.status = ReminderStatus.SKIPPED;
		this.lastError = reason;
		this.sentAt = at;
	}

	void markFailed(String error) {
		this.status = ReminderStatus.PENDING;
		this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
	}

	/**
	 * A person's answer to "may have been sent": SENT (it went out when it was marked
	 * SENDING) or PENDING (it did not: the retried step sends it). Only for a row left
	 * SENDING.
	 */
	void resolve(ReminderResolution.Outcome outcome) {
		if (status != ReminderStatus.SENDING) {
			throw new IllegalStateException("Reminder " + key + " is " + status + ", not SENDING");
		}
		if (outcome == ReminderResolution.Outcome.SENT) {
			this.status = ReminderStatus.SENT;
			this.sentAt = sendingAt;
		}
		else {
			this.status = ReminderStatus.PENDING;
		}
	}

	public Long getId() {
		return id;
	}

	public String getKey() {
		return key;
	}

	public ReminderKind getKind() {
		return kind;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public Long getSummitId() {
		return summitId;
	}

	public int getSequence() {
		return sequence;
	}

	public String getRecipientName() {
		return recipientName;
	}

	public String getRecipientEmail() {
		return recipientEmail;
	}

	public String getSubject() {
		return subject;
	}

	public ReminderStatus getStatus() {
		return status;
	}

	public String getChannel() {
		return channel;
	}

	public int getAttempts() {
		return attempts;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSendingAt() {
		return sendingAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
