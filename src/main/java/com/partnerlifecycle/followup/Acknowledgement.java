package com.partnerlifecycle.followup;

/** How the partner answered the minutes in its task "Acknowledge the minutes". */
public enum Acknowledgement {

	/** the partner accepts the minutes and its action items as recorded */
	ACCEPTED,
	/** the partner comments on the minutes or on its action items */
	COMMENTED

}
