package com.partnerlifecycle.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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

/**
 * One pass through the evaluation gate: the vetting entered by a sourcing manager (its
 * author stored here, not in a variable anyone could overwrite), the gate's
 * recommendation with its reasons, and the reviewer's decision.
 */
@Entity
public class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	private int round;

	private int vettingSuccessAgreed;

	private int vettingMutualUnderstanding;

	private int vettingSameTeam;

	private BigDecimal vettingScore;

	private String notes;

	private String enteredBy;

	private Instant enteredAt;

	private BigDecimal pilotScoreAverage;

	private BigDecimal gateScore;

	private BigDecimal jointSuccessProbability;

	private String complexityWarning;

	@Enumerated(EnumType.STRING)
	private GateDecision recommendation;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "evaluation_reason", joinColumns = @JoinColumn(name = "evaluation_id"))
	@OrderColumn(name = "position")
	@Column(name = "reason")
	private List<String> reasons = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private GateDecision decision;

	private Boolean overridden;

	private String overrideReason;

	private Boolean complexityAcknowledged;

	private String decidedBy;

	private Instant decidedAt;

	protected Evaluation() {
	}

	Evaluation(String partnerId, int round, int successAgreed, int mutualUnderstanding, int sameTeam,
			double vettingScore, String notes, String enteredBy, Instant enteredAt) {
		this.partnerId = partnerId;
		this.round = round;
		this.vettingSuccessAgreed = successAgreed;
		this.vettingMutualUnderstanding = mutualUnderstanding;
		this.vettingSameTeam = sameTeam;
		this.vettingScore = decimal(vettingScore, 1);
		this.notes = notes;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	void recordRecommendation(GateOutcome outcome) {
		this.pilotScoreAverage = outcome.pilotScoreAverage() == null ? null : decimal(outcome.pilotScoreAverage(), 1);
		this.gateScore = outcome.gateScore() == null ? null : decimal(outcome.gateScore(), 1);
		this.jointSuccessProbability = decimal(outcome.jointSuccessProbability(), 4);
		this.complexityWarning = outcome.complexityWarning() ? outcome.complexityWarningText() : null;
		this.recommendation = outcome.recommendation();
		this.reasons = new ArrayList<>(outcome.reasons());
	}

	void recordDecision(GateDecision decision, boolean overridden, String overrideReason,
			boolean complexityAcknowledged, String decidedBy, Instant decidedAt) {
		this.decision = decision;
		this.overridden = overridden;
		this.overrideReason = overrideReason;
		this.complexityAcknowledged = complexityAcknowledged;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	private static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
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

	public int getVettingSuccessAgreed() {
		return vettingSuccessAgreed;
	}

	public int getVettingMutualUnderstanding() {
		return vettingMutualUnderstanding;
	}

	public int getVettingSameTeam() {
		return vettingSameTeam;
	}

	public BigDecimal getVettingScore() {
		return vettingScore;
	}

	public String getNotes() {
		return notes;
	}

	public String getEnteredBy() {
		return enteredBy;
	}

	public Instant getEnteredAt() {
		return enteredAt;
	}

	public BigDecimal getPilotScoreAverage() {
		return pilotScoreAverage;
	}

	public BigDecimal getGateScore() {
		return gateScore;
	}

	public BigDecimal getJointSuccessProbability() {
		return jointSuccessProbability;
	}

	/**
	 * The complexity warning text, or null when the joint success probability is high
	 * enough.
	 */
	public String getComplexityWarning() {
		return complexityWarning;
	}

	public GateDecision getRecommendation() {
		return recommendation;
	}

	public List<String> getReasons() {
		return List.copyOf(reasons);
	}

	public GateDecision getDecision() {
		return decision;
	}

	public Boolean getOverridden() {
		return overridden;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public Boolean getComplexityAcknowledged() {
		return complexityAcknowledged;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
