package com.partnerlifecycle.followup;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * What a review meeting said and decided, as our sourcing managers recorded it, and the
 * partner's answer.
 */
@Entity
public class ReviewMinutes {

	@Id
	private Long reviewId;

	private String summary;

	private String decisions;

	private String recordedBy;

	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	private Acknowledgement acknowledgement;

	private String acknowledgementComment;

	private String acknowledgedBy;

	private Instant acknowledgedAt;

	protected ReviewMinutes() {
	}

	ReviewMinutes(Long reviewId, String summary, String decisions, String recordedBy, Instant recordedAt) {
		this.reviewId = reviewId;
		this.summary = summary;
		this.decisions = decisions;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void acknowledge(Acknowledgement acknowledgement, String comment, String by, Instant at) {
		this.acknowledgement = acknowledgement;
		this.acknowledgementComment = comment;
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public String getSummary() {
		return summary;
	}

	public String getDecisions() {
		return decisions;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public Acknowledgement getAcknowledgement() {
		return acknowledgement;
	}

	public String getAcknowledgementComment() {
		return acknowledgementComment;
	}

	public String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	public Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

}
