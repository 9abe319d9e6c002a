package com.partnerlifecycle.review;

/**
 * What a decided or rated review counts as in the run of reviews that moves the mode and
 * recommends dissolving.
 */
public enum ReviewHealth {

	HEALTHY, UNHEALTHY,
	/**
	 * a side (or both) did not rate before the deadline: counted as
	 * {@link ReviewProperties#oneSidedReview()} says
	 */
	ONE_SIDED

}
