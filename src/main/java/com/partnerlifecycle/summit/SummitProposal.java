package com.partnerlifecycle.summit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One roadmap proposal of a partner at a summit, and the executives' decision on it. */
@Entity
public class SummitProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long summitId;

	private String partnerId;

	private int position;

	private String title;

	private String valueToBuyer;

	@Column(name = "effort_days")
	private int effortDays;

	private Instant submittedAt;

	private String submittedBy;

	/**
	 * Submitted after the due date, while the round was still open: accepted, and shown
	 * as late.
	 */
	private boolean late;

	@Enumerated(EnumType.STRING)
	private ProposalDecision decision;

	private String decisionComment;

	private Instant decidedAt;

	private String decidedBy;

	protected SummitProposal() {
	}

	SummitProposal(Long summitId, String partnerId, int position, String title, String valueToBuyer, int effortDays,
			Instant submittedAt, String submittedBy, boolean late) {
		this.summitId = summitId;
		this.partnerId = partnerId;
		this.position = position;
		this.title = title;
		this.valueToBuyer = valueToBuyer;
		this.effortDays = effortDays;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.late = late;
	}

	void decide(ProposalDecision decision, String comment, Instant at, String by) {
		this.decision = decision;
		this.decisionComment = comment;
		this.decidedAt = at;
		this.decidedBy = by;
	}

	public Long getId() {
		return id;
	}

	public Long getSummitId() {
		return summitId;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getValueToBuyer() {
		return valueToBuyer;
	}

	public int getEffortDays() {
		return effortDays;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public boolean isLate() {
		return late;
	}

	public ProposalDecision getDecision() {
		return decision;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

}
