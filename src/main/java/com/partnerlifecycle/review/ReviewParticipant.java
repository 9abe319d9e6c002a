package com.partnerlifecycle.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.partnerlifecycle.common.Side;

/** Who takes part in a review meeting: buyer users, provider contacts. */
@Entity
public class ReviewParticipant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	@Enumerated(EnumType.STRING)
	private Side side;

	private int position;

	private String userId;

	private String name;

	private String email;

	private String role;

	protected ReviewParticipant() {
	}

	ReviewParticipant(Long reviewId, Side side, int position, String userId, String name, String email, String role) {
		this.reviewId = reviewId;
		this.side = side;
		this.position = position;
		this.userId = userId;
		this.name = name;
		this.email = email;
		this.role = role;
	}

	public Long getId() {
		return id;
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
