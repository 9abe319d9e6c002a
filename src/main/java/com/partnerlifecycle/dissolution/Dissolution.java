package com.partnerlifecycle.dissolution;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The orderly end of a partnership: why, the exit plan, both sides' hand-over, the
 * lessons learned.
 */
@Entity
public class Dissolution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	@Enumerated(EnumType.STRING)
	private DissolutionCause cause;

	private String reason;

	private Instant startedAt;

	private String servicesToTransition;

	private String dataToReturn;

	private String knowledgeTransfer;

	private LocalDate handOverBy;

	private String exitPlannedBy;

	private Instant exitPlannedAt;

	private String buyerConfirmedBy;

	private Instant buyerConfirmedAt;

	private String buyerNotes;

	private String providerConfirmedBy;

	private Instant providerConfirmedAt;

	private String providerNotes;

	private String lessonsLearned;

	private String wouldPartnerAgain;

	private String lessonsBy;

	private Instant lessonsAt;

	private Instant archivedAt;

	protected Dissolution() {
	}

	Dissolution(String partnerId, DissolutionCause cause, String reason, Instant startedAt) {
		this.partnerId = partnerId;
		this.cause = cause;
		this.reason = reason;
		this.startedAt = startedAt;
	}

	void planExit(String services, String data, String knowledge, LocalDate handOverBy, String by, Instant at) {
		this.servicesToTransition = services;
		this.dataToReturn = data;
		this.knowledgeTransfer = knowledge;
		this.handOverBy = handOverBy;
		this.exitPlannedBy = by;
		this.exitPlannedAt = at;
	}

	void confirmBuyerHandOver(String notes, String by, Instant at) {
		this.buyerNotes = notes;
		this.buyerConfirmedBy = by;
		this.buyerConfirmedAt = at;
	}

	void confirmProviderHandOver(String notes, String by, Instant at) {
		this.providerNotes = notes;
		this.providerConfirmedBy = by;
		this.providerConfirmedAt = at;
	}

	void recordLessons(String lessons, String wouldPartnerAgain, String by, Instant at) {
		this.lessonsLearned = lessons;
		this.wouldPartnerAgain = wouldPartnerAgain;
		this.lessonsBy = by;
		this.lessonsAt = at;
	}

	void archive(Instant at) {
		this.archivedAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public DissolutionCause getCause() {
		return cause;
	}

	public String getReason() {
		return reason;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public String getServicesToTransition() {
		return servicesToTransition;
	}

	public String getDataToReturn() {
		return dataToReturn;
	}

	public String getKnowledgeTransfer() {
		return knowledgeTransfer;
	}

	public LocalDate getHandOverBy() {
		return handOverBy;
	}

	public String getExitPlannedBy() {
		return exitPlannedBy;
	}

	public String getBuyerConfirmedBy() {
		return buyerConfirmedBy;
	}

	public Instant getBuyerConfirmedAt() {
		return buyerConfirmedAt;
	}

	public String getBuyerNotes() {
		return buyerNotes;
	}

	public String getProviderConfirmedBy() {
		return providerConfirmedBy;
	}

	public Instant getProviderConfirmedAt() {
		return providerConfirmedAt;
	}

	public String getProviderNotes() {
		return providerNotes;
	}

	public String getLessonsLearned() {
		return lessonsLearned;
	}

	public String getWouldPartnerAgain() {
		return wouldPartnerAgain;
	}

	public Instant getArchivedAt() {
		return archivedAt;
	}

}
