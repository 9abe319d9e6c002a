package com.partnerlifecycle.agreement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The partnership agreement: what each side gains, the expectations, the term, the notice
 * period and the review cadence. Drafted by a sourcing manager, signed (or returned) by
 * an executive.
 */
@Entity
public class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	private String buyerBenefits;

	private String providerBenefits;

	private String immediateExpectations;

	private String downstreamExpectations;

	private LocalDate startDate;

	private LocalDate endDate;

	private int noticePeriodDays;

	private String reviewCadence;

	@Enumerated(EnumType.STRING)
	private AgreementStatus status;

	private String draftedBy;

	private Instant draftedAt;

	private String returnComment;

	private String signedBy;

	private Instant signedAt;

	/** The end date as first signed; {@link #endDate} moves with each renewal. */
	private LocalDate originalEndDate;

	private int renewalCount;

	private String lastRenewedBy;

	private Instant lastRenewedAt;

	/** RENEW or END: the executives' last renewal decision. */
	private String renewalDecision;

	private String renewalComment;

	protected Agreement() {
	}

	Agreement(String partnerId) {
		this.partnerId = partnerId;
	}

	void draft(Terms terms, String by, Instant at) {
		this.buyerBenefits = terms.buyerBenefits();
		this.providerBenefits = terms.providerBenefits();
		this.immediateExpectations = terms.immediateExpectations();
		this.downstreamExpectations = terms.downstreamExpectations();
		this.startDate = terms.startDate();
		this.endDate = terms.endDate();
		this.noticePeriodDays = terms.noticePeriodDays();
		this.reviewCadence = terms.reviewCadence();
		this.status = AgreementStatus.DRAFT;
		this.draftedBy = by;
		this.draftedAt = at;
	}

	void sign(String by, Instant at) {
		this.status = AgreementStatus.SIGNED;
		this.returnComment = null;
		this.signedBy = by;
		this.signedAt = at;
	}

	void renew(LocalDate newEndDate, String comment, String by, Instant at) {
		if (originalEndDate == null) {
			originalEndDate = endDate;
		}
		this.endDate = newEndDate;
		this.renewalCount++;
		this.renewalDecision = "RENEW";
		this.renewalComment = comment;
		this.lastRenewedBy = by;
		this.lastRenewedAt = at;
	}

	void letEnd(String comment) {
		this.renewalDecision = "END";
		this.renewalComment = comment;
	}

	void returnForChanges(String comment) {
		this.status = AgreementStatus.RETURNED;
		this.returnComment = comment;
	}

	/** What a draft states; validated by {@link AgreementService}. */
	public record Terms(String buyerBenefits, String providerBenefits, String immediateExpectations,
			String downstreamExpectations, LocalDate startDate, LocalDate endDate, int noticePeriodDays,
			String reviewCadence) {
	}

	public Long getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public String getBuyerBenefits() {
		return buyerBenefits;
	}

	public String getProviderBenefits() {
		return providerBenefits;
	}

	public String getImmediateExpectations() {
		return immediateExpectations;
	}

	public String getDownstreamExpectations() {
		return downstreamExpectations;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public int getNoticePeriodDays() {
		return noticePeriodDays;
	}

	public String getReviewCadence() {
		return reviewCadence;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public String getDraftedBy() {
		return draftedBy;
	}

	public Instant getDraftedAt() {
		return draftedAt;
	}

	public String getReturnComment() {
		return returnComment;
	}

	public String getSignedBy() {
		return signedBy;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public LocalDate getOriginalEndDate() {
		return originalEndDate;
	}

	public int getRenewalCount() {
		return renewalCount;
	}

	public String getRenewalDecision() {
		return renewalDecision;
	}

	public String getRenewalComment() {
		return renewalComment;
	}

	public String getLastRenewedBy() {
		return lastRenewedBy;
	}

}
