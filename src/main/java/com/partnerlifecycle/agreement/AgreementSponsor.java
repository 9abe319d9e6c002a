package com.partnerlifecycle.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.partnerlifecycle.common.Side;

/**
 * An executive sponsor named in the agreement: a user on the buyer's side, a contact on
 * the provider's.
 */
@Entity
public class AgreementSponsor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long agreementId;

	@Enumerated(EnumType.STRING)
	private Side side;

	private int position;

	private String userId;

	private String name;

	private String email;

	private String role;

	protected AgreementSponsor() {
	}

	AgreementSponsor(Long agreementId, Side side, int position, String userId, String name, String email, String role) {
		this.agreementId = agreementId;
		this.side = side;
		this.position = position;
		this.userId = userId;
		this.name = name;
		this.email = email;
		this.role = role;
	}

	public Side getSide() {
		return side;
	}

	public String getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getRole() {
		return role;
	}

}
