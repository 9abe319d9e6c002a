package com.partnerlifecycle.summit;

/** How far a summit has come. */
public enum SummitStatus {

	/** invitations sent; partners submit their roadmap proposals */
	COLLECTING,
	/** the round is closed; the executives review the proposals */
	REVIEWING,
	/**
	 * every proposal decided (or there was nothing to decide) and the outcome recorded
	 */
	CLOSED

}
