package com.partnerlifecycle.termination;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.Stage;

/**
 * Either side asked to end the partnership, with a reason; kept with the record.
 * {@code requestedByUser} entered it; a provider's request entered by one of the buyer's
 * people names the provider's person it is on behalf of.
 */
@Entity
public class TerminationRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	@Enumerated(EnumType.STRING)
	private Side requestedBy;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Stage stageAtRequest;

	private Instant requestedAt;

	private String requestedByUser;

	private String onBehalfOf;

	private String onBehalfOfEmail;

	protected TerminationRequest() {
	}

	TerminationRequest(String partnerId, Side requestedBy, String reason, Stage stageAtRequest, Instant requestedAt,
			String requestedByUser, OnBehalfOf onBehalfOf) {
		this.partnerId = partnerId;
		this.requestedBy = requestedBy;
		this.reason = reason;
		this.stageAtRequest = stageAtRequest;
		this.requestedAt = requestedAt;
		this.requestedByUser = requestedByUser;
		if (onBehalfOf != null) {
			this.onBehalfOf = onBehalfOf.name();
			this.onBehalfOfEmail = onBehalfOf.email();
		}
	}

	public Long getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public Side getRequestedBy() {
		return requestedBy;
	}

	public String getReason() {
		return reason;
	}

	public Stage getStageAtRequest() {
		return stageAtRequest;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public String getRequestedByUser() {
		return requestedByUser;
	}

	/**
	 * The provider's person the request was entered for; empty when nobody entered it for
	 * another.
	 */
	public Optional<OnBehalfOf> getOnBehalfOf() {
		return Optional.ofNullable(onBehalfOf).map(name -> new OnBehalfOf(name, onBehalfOfEmail));
	}

}
