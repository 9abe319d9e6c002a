package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import com.partnerlifecycle.partner.Mode;

/**
 * One business review of a partnership: its meeting, the health found from both sides'
 * ratings, the decision.
 */
@Entity
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	private int number;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	private String processInstanceId;

	private Instant meetingAt;

	@Column(name = "meeting_minutes")
	private Integer meetingDurationMinutes;

	private String scheduledBy;

	/**
	 * 0 for the first invitation; +1 each time the meeting moves (the iCalendar
	 * SEQUENCE).
	 */
	private int invitationSequence;

	private Instant scheduledAt;

	/**
	 * When both sides' ratings and topics became visible to both: both had rated, or the
	 * rating deadline passed.
	 */
	private Instant revealedAt;

	private BigDecimal buyerValue;

	private BigDecimal providerValue;

	private Boolean healthy;

	private BigDecimal valueRatio;

	@Enumerated(EnumType.STRING)
	private Mode modeAfter;

	@Enumerated(EnumType.STRING)
	private ReviewRecommendation recommendation;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "review_reason", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	@Column(name = "reason")
	private List<String> reasons = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private ReviewRecommendation decision;

	private String decisionComment;

	private String decidedBy;

	private Instant decidedAt;

	protected Review() {
	}

	Review(String partnerId, int number, LocalDate dueDate, String processInstanceId) {
		this.partnerId = partnerId;
		this.number = number;
		this.dueDate = dueDate;
		this.processInstanceId = processInstanceId;
		this.status = ReviewStatus.OPEN;
	}

	void schedule(Instant meetingAt, int meetingDurationMinutes, String by, Instant at) {
		this.meetingAt = meetingAt;
		this.meetingDurationMinutes = meetingDurationMinutes;
		this.scheduledBy = by;
		this.scheduledAt = at;
		this.status = ReviewStatus.SCHEDULED;
	}

	void reschedule(Instant meetingAt, int meetingDurationMinutes) {
		this.meetingAt = meetingAt;
		this.meetingDurationMinutes = meetingDurationMinutes;
		this.invitationSequence++;
	}

	void reveal(Instant at) {
		if (revealedAt == null) {
			revealedAt = at;
		}
	}

	void recordHealth(ReviewOutcome outcome, BigDecimal buyerValue, BigDecimal providerValue) {
		this.buyerValue = buyerValue;
		this.providerValue = providerValue;
		this.healthy = outcome.healthy();
		this.valueRatio = outcome.valueRatio() == null ? null
				: BigDecimal.valueOf(outcome.valueRatio()).setScale(2, RoundingMode.HALF_UP);
		this.modeAfter = outcome.mode();
		this.recommendation = outcome.recommendation();
		this.reasons = new ArrayList<>(outcome.reasons());
		this.status = ReviewStatus.RATED;
	}

	void decide(ReviewRecommendation decision, String comment, String by, Instant at) {
		this.decision = decision;
		this.decisionComment = comment;
		this.decidedBy = by;
		this.decidedAt = at;
		this.status = ReviewStatus.DECIDED;
	}

	void cancel() {
		this.status = ReviewStatus.CANCELLED;
	}

	public Long getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public int getNumber() {
		return number;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getMeetingAt() {
		return meetingAt;
	}

	public Integer getMeetingDurationMinutes() {
		return meetingDurationMinutes;
	}

	public int getInvitationSequence() {
		return invitationSequence;
	}

	public String getScheduledBy() {
		return scheduledBy;
	}

	/** Null until both sides' ratings and topics are revealed. */
	public Instant getRevealedAt() {
		return revealedAt;
	}

	public boolean isRevealed() {
		return revealedAt != null;
	}

	public BigDecimal getBuyerValue() {
		return buyerValue;
	}

	public BigDecimal getProviderValue() {
		return providerValue;
	}

	/**
	 * Health found at this review; null before the reveal, and after it when a side did
	 * not rate (one-sided).
	 */
	public Boolean getHealthy() {
		return healthy;
	}

	/** HEALTHY, UNHEALTHY or ONE_SIDED once assessed; null before. */
	public ReviewHealth getHealth() {
		if (healthy != null) {
			return healthy ? ReviewHealth.HEALTHY : ReviewHealth.UNHEALTHY;
		}
		return revealedAt != null && recommendation != null ? ReviewHealth.ONE_SIDED : null;
	}

	public BigDecimal getValueRatio() {
		return valueRatio;
	}

	public Mode getModeAfter() {
		return modeAfter;
	}

	public ReviewRecommendation getRecommendation() {
		return recommendation;
	}

	public List<String> getReasons() {
		return List.copyOf(reasons);
	}

	public ReviewRecommendation getDecision() {
		return decision;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
