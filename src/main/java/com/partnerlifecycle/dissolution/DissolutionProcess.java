package com.partnerlifecycle.dissolution;

/** Ids of processes/partnership-dissolution.bpmn and its variables. */
public final class DissolutionProcess {

	public static final String KEY = "partnership-dissolution";

	public static final String OPEN_DISSOLUTION = "ServiceTask_OpenDissolution";

	public static final String PLAN_EXIT = "UserTask_PlanExit";

	public static final String CONFIRM_HAND_OVER_BUYER = "UserTask_ConfirmHandOverBuyer";

	public static final String CONFIRM_HAND_OVER_PROVIDER = "UserTask_ConfirmHandOverProvider";

	public static final String RECORD_LESSONS_LEARNED = "UserTask_RecordLessonsLearned";

	public static final String ARCHIVE_PARTNERSHIP = "ServiceTask_ArchivePartnership";

	/**
	 * REVIEW_DECISION, TERM_ENDED or TERMINATION_REQUESTED: why the dissolution started.
	 */
	public static final String DISSOLUTION_CAUSE = "dissolutionCause";

	private DissolutionProcess() {
	}

}
