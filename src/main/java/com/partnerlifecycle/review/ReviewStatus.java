package com.partnerlifecycle.review;

public enum ReviewStatus {

	/** opened on the calendar; the meeting is being scheduled */
	OPEN,
	/** the meeting is set; both sides rate */
	SCHEDULED,
	/** both sides rated; health assessed; the executives decide */
	RATED,
	/** decided */
	DECIDED,
	/** the partnership ended while the review was under way */
	CANCELLED

}
