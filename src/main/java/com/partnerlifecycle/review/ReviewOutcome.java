package com.partnerlifecycle.review;

import java.util.List;

import com.partnerlifecycle.partner.Mode;

/**
 * The health of one review, the mode the partnership is in after it, the recommendation,
 * and every reason behind them. {@code valueRatio} is larger / smaller value (2
 * decimals), null when a side received nothing. {@code healthy} and a side's average are
 * null when a side did not rate (a one-sided review).
 */
public record ReviewOutcome(Boolean healthy, Double buyerAverage, Double providerAverage, Double valueRatio, Mode mode,
		ReviewRecommendation recommendation, List<String> reasons) {

	public ReviewOutcome {
		reasons = List.copyOf(reasons);
	}

	public ReviewHealth health() {
		return healthy == null ? ReviewHealth.ONE_SIDED : healthy ? ReviewHealth.HEALTHY : ReviewHealth.UNHEALTHY;
	}

}
