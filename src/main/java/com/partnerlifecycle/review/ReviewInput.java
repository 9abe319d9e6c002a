package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.util.List;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.Mode;

/**
 * What a review's health is found from: both sides' ratings, the value each side received in the period,
 * the health of the earlier reviews (oldest first) and the partnership's current mode.
 */
public record ReviewInput(ValueRatings buyer, ValueRatings provider, BigDecimal buyerValue, BigDecimal providerValue,
		List<Boolean> previousHealth, Mode currentMode) {

	public ReviewInput {
		if (buyer == null || provider == null) {
			throw new InvalidInputException("ratings", "both sides must have rated");
		}
		if (buyerValue == null || buyerValue.signum() < 0) {
			throw new InvalidInputException("buyerValue", "must be zero or more, was " + buyerValue);
		}
		if (providerValue == null || providerValue.signum() < 0) {
			throw new InvalidInputException("providerValue", "must be zero or more, was " + providerValue);
		}
		previousHealth = List.copyOf(previousHealth == null ? List.of() : previousHealth);
		currentMode = currentMode == null ? Mode.VENDOR : currentMode;
	}

}
