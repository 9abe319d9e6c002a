package com.partnerlifecycle.summit;

/** The {@code annual-partner-summit} process: its key, and the variables it keeps (ids and counts only). */
public final class SummitProcess {

	public static final String KEY = "annual-partner-summit";

	/** the start message of a summit opened by hand */
	public static final String REQUESTED = "PartnerSummitRequested";

	/** the summit's record */
	public static final String SUMMIT_ID = "summitId";

	/** how many partners were invited: none ends the summit at once */
	public static final String INVITED_PARTNERS = "invitedPartners";

	/** who opened it by hand; none for the yearly timer */
	public static final String OPENED_BY = "openedBy";

	/** the partner of one proposal task (multi-instance element) */
	public static final String PARTNER_ID = "partnerId";

	private SummitProcess() {
	}

}
