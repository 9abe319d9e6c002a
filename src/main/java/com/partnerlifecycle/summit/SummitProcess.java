package com.partnerlifecycle.summit;

/**
 * The {@code annual-partner-summit} process and the {@code summit-partner-proposals}
 * process it calls once per invited partner: their keys, and the variables the summit
 * keeps (ids and counts only; a partner's instance keeps none).
 */
public final class SummitProcess {

	public static final String KEY = "annual-partner-summit";

	/**
	 * one invited partner's proposals, in its own instance; business key = the partner id
	 */
	public static final String PROPOSALS_KEY = "summit-partner-proposals";

	/**
	 * the round of the summit: the partners' proposals and the executives' "Start the
	 * proposal review"
	 */
	public static final String ROUND = "SubProcess_ProposalRound";

	/** the multi-instance call of the partners' proposals in the round */
	public static final String CALL_PARTNER_PROPOSALS = "CallActivity_PartnerProposals";

	/** the partner's task, in its proposals instance */
	public static final String SUBMIT_PROPOSALS = "UserTask_SubmitRoadmapProposals";

	public static final String START_PROPOSAL_REVIEW = "UserTask_StartProposalReview";

	public static final String REVIEW_PROPOSALS = "UserTask_ReviewSummitProposals";

	/** the start message of a summit opened by hand */
	public static final String REQUESTED = "PartnerSummitRequested";

	/**
	 * the summit's record, for operators and for the expressions of version 1; the record
	 * is found from the process instance, never from this variable
	 */
	public static final String SUMMIT_ID = "summitId";

	/** how many partners were invited: none ends the summit at once */
	public static final String INVITED_PARTNERS = "invitedPartners";

	/** who opened it by hand; none for the yearly timer */
	public static final String OPENED_BY = "openedBy";

	/**
	 * the partner of one proposals instance: the multi-instance element, which becomes
	 * its business key
	 */
	public static final String PARTNER_ID = "partnerId";

	/**
	 * A summit instance's business key: {@code summit-<id>}, given by the start message
	 * when opened by hand.
	 */
	public static String businessKey(Long summitId) {
		return BUSINESS_KEY_PREFIX + summitId;
	}

	/**
	 * The summit a business key names, or null for any other key (or none: the yearly
	 * timer's start).
	 */
	public static Long summitIdOf(String businessKey) {
		if (businessKey == null
				|| !businessKey.matches(java.util.regex.Pattern.quote(BUSINESS_KEY_PREFIX) + "[1-9][0-9]{0,17}")) {
			return null;
		}
		return Long.valueOf(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
	}

	private static final String BUSINESS_KEY_PREFIX = "summit-";

	private SummitProcess() {
	}

	public static final String EVERY_PARTNER_ANSWERED = "EndEvent_EveryPartnerAnswered";

	public static final String NO_ACTIVE_PARTNER = "EndEvent_NoActivePartner";

}
