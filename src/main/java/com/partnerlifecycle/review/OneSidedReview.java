package com.partnerlifecycle.review;

/**
 * How a review in which a side did not rate before the deadline counts
 * ({@code partnership.review.one-sided-review}). Its health cannot be found: one side's
 * view is missing.
 */
public enum OneSidedReview {

	/**
	 * The default: it breaks a run of healthy reviews (no move to partner mode over a
	 * review one side skipped) and does not count toward vendor mode or dissolution (a
	 * missed deadline is no verdict on the partnership).
	 */
	BREAKS_HEALTHY_STREAK,
	/** it counts as an unhealthy review: toward vendor mode and dissolution too */
	COUNTS_AS_UNHEALTHY,
	/** it is skipped: neither breaks nor extends any run */
	IGNORED

}
