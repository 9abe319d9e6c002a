package com.partnerlifecycle.partner;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One move of a partner from one stage to the next: who, when, and at which step of the
 * process.
 */
@Entity
public class StageTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	@Enumerated(EnumType.STRING)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	private Stage toStage;

	private Instant changedAt;

	private String changedBy;

	private String activityId;

	protected StageTransition() {
	}

	public StageTransition(String partnerId, Stage fromStage, Stage toStage, Instant changedAt, String changedBy,
			String activityId) {
		this.partnerId = partnerId;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.activityId = activityId;
	}

	public Long getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public Stage getFromStage() {
		return fromStage;
	}

	public Stage getToStage() {
		return toStage;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public String getActivityId() {
		return activityId;
	}

}
