package com.partnerlifecycle.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A pilot project with a candidate: planned with success criteria, run until its end
 * date, assessed.
 */
@Entity
public class Pilot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	/** 0 for the first pilot phase, n for the n-th extension. */
	private int round;

	private String title;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private PilotStatus status;

	private String processInstanceId;

	private Integer qualityScore;

	private Integer costScore;

	private Integer timelinessScore;

	private Integer criteriaMet;

	private BigDecimal score;

	private String deliveredOutcomes;

	private String abandonReason;

	private String assessedBy;

	private Instant assessedAt;

	private String reviewComment;

	private String reviewedBy;

	private Instant reviewedAt;

	private String plannedBy;

	private String closedReason;

	private Instant plannedAt;

	protected Pilot() {
	}

	Pilot(String partnerId, int round, String title, LocalDate endDate, String plannedBy, Instant plannedAt) {
		this.partnerId = partnerId;
		this.round = round;
		this.title = title;
		this.endDate = endDate;
		this.status = PilotStatus.PLANNED;
		this.plannedBy = plannedBy;
		this.plannedAt = plannedAt;
	}

	void start(String processInstanceId) {
		this.status = PilotStatus.RUNNING;
		this.processInstanceId = processInstanceId;
	}

	void recordAssessment(PilotAssessmentScore result, int quality, int cost, int timeliness, List<String> outcomes,
			String by, Instant at) {
		this.qualityScore = quality;
		this.costScore = cost;
		this.timelinessScore = timeliness;
		this.criteriaMet = result.criteriaMet();
		this.score = BigDecimal.valueOf(result.score()).setScale(1, RoundingMode.HALF_UP);
		this.deliveredOutcomes = String.join("\n", outcomes);
		this.abandonReason = null;
		this.assessedBy = by;
		this.assessedAt = at;
	}

	void abandon(String reason, String by, Instant at) {
		this.status = PilotStatus.ABANDONED;
		this.abandonReason = reason;
		this.assessedBy = by;
		this.assessedAt = at;
	}

	void close(String reason) {
		this.status = PilotStatus.CLOSED;
		this.closedReason = reason;
	}

	void approve(String by, Instant at) {
		this.status = PilotStatus.COMPLETED;
		this.reviewComment = null;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	void sendBack(String comment, String by, Instant at) {
		this.reviewComment = comment;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public int getRound() {
		return round;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public PilotStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Integer getQualityScore() {
		return qualityScore;
	}

	public Integer getCostScore() {
		return costScore;
	}

	public Integer getTimelinessScore() {
		return timelinessScore;
	}

	public Integer getCriteriaMet() {
		return criteriaMet;
	}

	public BigDecimal getScore() {
		return score;
	}

	public List<String> getDeliveredOutcomes() {
		return deliveredOutcomes == null ? List.of() : deliveredOutcomes.lines().toList();
	}

	public String getAbandonReason() {
		return abandonReason;
	}

	public String getAssessedBy() {
		return assessedBy;
	}

	public Instant getAssessedAt() {
		return assessedAt;
	}

	public String getClosedReason() {
		return closedReason;
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

}
