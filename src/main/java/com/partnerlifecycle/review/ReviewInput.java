package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.util.List;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.Mode;

/**
 * What a review's health is found from: both sides' ratings, the value each side received
 * in the period, the health of the earlier reviews (oldest first) and the partnership's
 * current mode. A side that did not rate before the deadline has no ratings and no value
 * (both null): the review is one-sided.
 */
public record ReviewInput(ValueRatings buyer, ValueRatings provider, BigDecimal buyerValue, BigDecimal providerValue,
		List<ReviewHealth> previousHealth, Mode currentMode) {

	public ReviewInput {
		if ((buyer == null) != (buyerValue == null)) {
			throw new InvalidInputException("buyerValue", "comes with our ratings, or not at all");
		}
		if ((provider == null) != (providerValue == null)) {
			throw new InvalidInputException("providerValue", "comes with the partner's ratings, or not at all");
		}
		if (buyerValue != null && buyerValue.signum() < 0) {
			throw new InvalidInputException("buyerValue", "must be zero or more, was " + buyerValue);
		}
		if (providerValue != null && providerValue.signum() < 0) {
			throw new InvalidInputException("providerValue", "must be zero or more, was " + providerValue);
		}
		previousHealth = List.copyOf(previousHealth == null ? List.of() : previousHealth);
		currentMode = currentMode == null ? Mode.VENDOR : currentMode;
	}

	/** Both sides rated before the deadline. */
	public boolean bothRated() {
		return buyer != null && provider != null;
	}

}
