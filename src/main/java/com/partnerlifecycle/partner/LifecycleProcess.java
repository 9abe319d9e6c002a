package com.partnerlifecycle.partner;

/**
 * Ids of processes/partnership-lifecycle.bpmn and its variables: the one place Java and
 * tests name them.
 */
public final class LifecycleProcess {

	public static final String KEY = "partnership-lifecycle";

	// activities, in the order a partner meets them
	public static final String PARTNER_REGISTERED = "StartEvent_PartnerRegistered";

	public static final String PLAN_PILOTS = "UserTask_PlanPilots";

	public static final String PILOT_PHASE_STARTED = "Event_PilotPhaseStarted";

	public static final String RUN_PILOT = "CallActivity_RunPilot";

	public static final String EVALUATION_STARTED = "Event_EvaluationStarted";

	public static final String ENTER_EVALUATION = "UserTask_EnterEvaluation";

	public static final String RECOMMEND_GATE_DECISION = "ServiceTask_RecommendGateDecision";

	public static final String DECIDE_GATE = "UserTask_DecideGate";

	public static final String PLAN_ADDITIONAL_PILOTS = "UserTask_PlanAdditionalPilots";

	public static final String CANDIDATE_REJECTED = "EndEvent_CandidateRejected";

	public static final String AGREEMENT_STARTED = "Event_AgreementStarted";

	public static final String DRAFT_AGREEMENT = "UserTask_DraftAgreement";

	public static final String SIGN_AGREEMENT = "UserTask_SignAgreement";

	public static final String CANDIDACY = "SubProcess_Candidacy";

	public static final String CANDIDACY_TERMINATED = "BoundaryEvent_CandidacyTerminated";

	public static final String WITHDRAW_CANDIDACY = "ServiceTask_WithdrawCandidacy";

	public static final String CANDIDACY_WITHDRAWN = "EndEvent_CandidacyWithdrawn";

	public static final String PARTNERSHIP_ACTIVE = "Event_PartnershipActive";

	public static final String ACTIVE_PARTNERSHIP = "SubProcess_ActivePartnership";

	public static final String NEXT_REVIEW_DUE = "Timer_NextReviewDue";

	public static final String BUSINESS_REVIEW = "CallActivity_BusinessReview";

	public static final String RENEWAL_DECISION_DUE = "Timer_RenewalDecisionDue";

	public static final String DECIDE_RENEWAL = "UserTask_DecideRenewal";

	public static final String AGREEMENT_TERM_ENDED = "Timer_AgreementTermEnded";

	public static final String PARTNERSHIP_TERMINATED = "BoundaryEvent_PartnershipTerminated";

	public static final String DISSOLUTION_STARTED = "Event_DissolutionStarted";

	public static final String DISSOLUTION = "CallActivity_Dissolution";

	public static final String PARTNERSHIP_DISSOLVED = "EndEvent_PartnershipDissolved";

	// process variables: ids and decisions only; documents live in the records
	public static final String PARTNER_ID = "partnerId";

	public static final String PARTNER_NAME = "partnerName";

	public static final String STAGE = "stage";

	public static final String GATE_RECOMMENDATION = "gateRecommendation";

	public static final String GATE_DECISION = "gateDecision";

	public static final String SIGNATURE_DECISION = "signatureDecision";

	/** The renewal decision the gateway after "Decide on renewal" reads: RENEW or END. */
	public static final String RENEWAL_DECISION = "renewalDecision";

	private LifecycleProcess() {
	}

	public static final String TERMINATION_REQUESTED = "PartnershipTerminationRequested";

}
