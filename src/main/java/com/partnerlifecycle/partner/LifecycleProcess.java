package com.partnerlifecycle.partner;

/** Ids of processes/partnership-lifecycle.bpmn and its variables: the one place Java and tests name them. */
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
	public static final String PARTNERSHIP_ACTIVE = "Event_PartnershipActive";
	public static final String AGREEMENT_TERM_ENDED = "Timer_AgreementTermEnded";

	// process variables: ids and decisions only; documents live in the records
	public static final String PARTNER_ID = "partnerId";
	public static final String PARTNER_NAME = "partnerName";
	public static final String STAGE = "stage";
	public static final String GATE_RECOMMENDATION = "gateRecommendation";
	public static final String GATE_DECISION = "gateDecision";
	public static final String SIGNATURE_DECISION = "signatureDecision";

	private LifecycleProcess() {
	}

}
