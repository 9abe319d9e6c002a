package com.partnerlifecycle.pilot;

/** Ids of processes/pilot-project.bpmn and its variables. */
public final class PilotProcess {

	public static final String KEY = "pilot-project";

	public static final String PILOT_STARTED = "StartEvent_PilotStarted";

	public static final String PILOT_END_DATE_REACHED = "Timer_PilotEndDateReached";

	public static final String ASSESS_PILOT = "UserTask_AssessPilot";

	public static final String APPROVE_PILOT_RESULTS = "UserTask_ApprovePilotResults";

	public static final String PILOT_COMPLETED = "EndEvent_PilotCompleted";

	public static final String PILOT_ABANDONED = "EndEvent_PilotAbandoned";

	public static final String PILOT_ID = "pilotId";

	/** COMPLETED or ABANDONED, decided in the assessment */
	public static final String PILOT_OUTCOME = "pilotOutcome";

	/** APPROVE or SEND_BACK, decided by the reviewer */
	public static final String PILOT_REVIEW_DECISION = "pilotReviewDecision";

	private PilotProcess() {
	}

}
