package com.partnerlifecycle.review;

import java.util.List;

import com.partnerlifecycle.partner.Mode;

/**
 * The health of one review, the mode the partnership is in after it, the recommendation, and every reason
 * behind them. {@code valueRatio} is larger / smaller value (2 decimals), null when a side received nothing.
 */
public record ReviewOutcome(boolean healthy, double buyerAverage, double providerAverage, Double valueRatio, Mode mode,
		ReviewRecommendation recommendation, List<String> reasons) {

	public ReviewOutcome {
		reasons = List.copyOf(reasons);
	}

}
