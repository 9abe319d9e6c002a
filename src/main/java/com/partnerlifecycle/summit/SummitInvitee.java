package com.partnerlifecycle.summit;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A partner active when the summit opened, and whether it proposed in time. */
@Entity
@IdClass(SummitInvitee.Key.class)
public class SummitInvitee {

	@Id
	private Long summitId;

	@Id
	private String partnerId;

	@Enumerated(EnumType.STRING)
	private InviteeStatus status;

	private Instant respondedAt;

	private String respondedBy;

	/**
	 * The partner's own process instance (summit-partner-proposals) in which it proposes;
	 * set when it starts.
	 */
	private String proposalProcessInstanceId;

	protected SummitInvitee() {
	}

	SummitInvitee(Long summitId, String partnerId) {
		this.summitId = summitId;
		this.partnerId = partnerId;
		this.status = InviteeStatus.INVITED;
	}

	void proposesIn(String processInstanceId) {
		this.proposalProcessInstanceId = processInstanceId;
	}

	void proposed(Instant at, String by) {
		this.status = InviteeStatus.PROPOSED;
		this.respondedAt = at;
		this.respondedBy = by;
	}

	void noProposal(Instant at) {
		this.status = InviteeStatus.NO_PROPOSAL;
		this.respondedAt = at;
	}

	public Long getSummitId() {
		return summitId;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public InviteeStatus getStatus() {
		return status;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public String getRespondedBy() {
		return respondedBy;
	}

	public String getProposalProcessInstanceId() {
		return proposalProcessInstanceId;
	}

	public record Key(Long summitId, String partnerId) implements Serializable {

		public Key() {
			this(null, null);
		}
	}

}
