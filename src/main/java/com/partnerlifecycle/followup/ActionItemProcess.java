package com.partnerlifecycle.followup;

/** Ids of processes/action-item.bpmn and its variables and messages. */
public final class ActionItemProcess {

	public static final String KEY = "action-item";

	/**
	 * Entered again when the item is carried over: its timers are drawn from the new due
	 * date.
	 */
	public static final String FOLLOW_ITEM = "SubProcess_FollowActionItem";

	public static final String REPORT = "UserTask_ReportOnActionItem";

	public static final String DUE_SOON = "BoundaryEvent_ActionItemDueSoon";

	public static final String DUE_TODAY = "BoundaryEvent_ActionItemDueToday";

	public static final String OVERDUE = "BoundaryEvent_ActionItemOverdue";

	public static final String REMIND_DUE_SOON = "SendTask_RemindActionItemDueSoon";

	public static final String REMIND_DUE_TODAY = "SendTask_RemindActionItemDue";

	public static final String ESCALATE_OVERDUE = "SendTask_EscalateOverdueActionItem";

	public static final String DONE = "EndEvent_ActionItemDone";

	public static final String ENDED = "EndEvent_ActionItemEnded";

	/**
	 * Set by the product when it starts the process; every expression checks it against
	 * the calling instance.
	 */
	public static final String ACTION_ITEM_ID = "actionItemId";

	/** DONE or BLOCKED: what the owner reported, read by the gateway after the report. */
	public static final String REPORTED = "actionItemReported";

	/**
	 * The item got a new due date in later minutes: the follow-up starts again with new
	 * timers.
	 */
	public static final String RESCHEDULED = "ActionItemRescheduled";

	/**
	 * The item was recorded done or dropped in later minutes, or the partnership ended.
	 */
	public static final String ENDED_MESSAGE = "ActionItemEnded";

	private ActionItemProcess() {
	}

}
