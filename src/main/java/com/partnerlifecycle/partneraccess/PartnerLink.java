package com.partnerlifecycle.partneraccess;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A single-use link to one task for one contact of one partner. Only the SHA-256 of its
 * token is stored ({@link LinkTokens}); the token itself is in the mail and nowhere else.
 * Usable once to sign in, until it expires (never after its task ends), unless revoked.
 */
@Entity
@Table(name = "partner_link")
class PartnerLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tokenHash;

	private String contactId;

	private String partnerId;

	private String taskId;

	/** the mail that carried it */
	private Long reminderId;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	private Instant revokedAt;

	private String revokedReason;

	@Version
	private long version;

	protected PartnerLink() {
	}

	PartnerLink(String tokenHash, String contactId, String partnerId, String taskId, Long reminderId, Instant createdAt,
			Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.contactId = contactId;
		this.partnerId = partnerId;
		this.taskId = taskId;
		this.reminderId = reminderId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Why it cannot sign anyone in now, or null if it can. */
	String refusal(Instant now) {
		if (revokedAt != null) {
			return "revoked: " + revokedReason;
		}
		if (usedAt != null) {
			return "used";
		}
		if (!now.isBefore(expiresAt)) {
			return "expired";
		}
		return null;
	}

	boolean isLive(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant at) {
		this.usedAt = at;
	}

	void revoke(String reason, Instant at) {
		if (revokedAt == null) {
			this.revokedAt = at;
			this.revokedReason = reason;
		}
	}

	Long getId() {
		return id;
	}

	String getContactId() {
		return contactId;
	}

	String getPartnerId() {
		return partnerId;
	}

	String getTaskId() {
		return taskId;
	}

	Long getReminderId() {
		return reminderId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getUsedAt() {
		return usedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

	String getRevokedReason() {
		return revokedReason;
	}

}
