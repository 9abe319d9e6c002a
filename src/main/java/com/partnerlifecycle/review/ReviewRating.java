package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.partnerlifecycle.common.Side;

/**
 * One side's rating of a review: the four values and the value it received in the period.
 * Kept only here, never in a process variable, so the other side cannot see it before
 * both have rated.
 */
@Entity
public class ReviewRating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	@Enumerated(EnumType.STRING)
	private Side side;

	private int cooperative;

	private int transparent;

	private int endUserFocused;

	private int innovationDriven;

	/** buyer: savings; provider: revenue from the buyer */
	private BigDecimal firstValue;

	/** buyer: revenue enabled; provider: cross-business revenue */
	private BigDecimal secondValue;

	private String comment;

	private String ratedBy;

	private Instant ratedAt;

	protected ReviewRating() {
	}

	ReviewRating(Long reviewId, Side side, ValueRatings ratings, BigDecimal firstValue, BigDecimal secondValue,
			String comment, String ratedBy, Instant ratedAt) {
		this.reviewId = reviewId;
		this.side = side;
		this.cooperative = ratings.cooperative();
		this.transparent = ratings.transparent();
		this.endUserFocused = ratings.endUserFocused();
		this.innovationDriven = ratings.innovationDriven();
		this.firstValue = firstValue;
		this.secondValue = secondValue;
		this.comment = comment;
		this.ratedBy = ratedBy;
		this.ratedAt = ratedAt;
	}

	public ValueRatings ratings() {
		return new ValueRatings(cooperative, transparent, endUserFocused, innovationDriven);
	}

	/** The value this side received in the period: the sum of its two value figures. */
	public BigDecimal valueReceived() {
		return firstValue.add(secondValue);
	}

	public Long getReviewId() {
		return reviewId;
	}

	public Side getSide() {
		return side;
	}

	public BigDecimal getFirstValue() {
		return firstValue;
	}

	public BigDecimal getSecondValue() {
		return secondValue;
	}

	public String getComment() {
		return comment;
	}

	public String getRatedBy() {
		return ratedBy;
	}

	public Instant getRatedAt() {
		return ratedAt;
	}

}
