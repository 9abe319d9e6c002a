package com.partnerlifecycle.summit;

/** Where an invited partner stands in the proposal round. */
public enum InviteeStatus {

	/** invited, nothing proposed yet */
	INVITED,
	/** submitted its roadmap proposals */
	PROPOSED,
	/** had not proposed when the executives started reviewing */
	NO_PROPOSAL

}
