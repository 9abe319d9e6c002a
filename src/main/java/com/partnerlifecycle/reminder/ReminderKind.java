package com.partnerlifecycle.reminder;

/** What a reminder is about; part of its key. */
public enum ReminderKind {

	/** the review's process started: the sourcing managers schedule the meeting */
	SCHEDULE,
	/** the meeting is set (or moved): every participant gets the calendar invitation */
	INVITATION,
	/** a few days before the meeting: prepare */
	PREPARE,
	/** the ratings are revealed: each side's participants get the meeting's agenda */
	AGENDA,
	/**
	 * no decision long after the due date or the meeting: the executive sponsors are told
	 */
	ESCALATION,
	/** the notice period began: the executives decide on renewal */
	RENEWAL,
	/** the review will not take place: the calendar entry is cancelled */
	CANCELLATION,
	/**
	 * a summit opened: partners' representatives and executives get the calendar
	 * invitation
	 */
	SUMMIT_INVITATION,
	/** a partner has not proposed yet, the due date is near */
	SUMMIT_PROPOSALS,
	/** the executives decided: each partner learns the decision on its proposals */
	SUMMIT_OUTCOME,
	/** an action item is due soon: its owner is reminded */
	ITEM_DUE_SOON,
	/** an action item is due today */
	ITEM_DUE,
	/** an action item is overdue: the owner side's sponsors are told */
	ITEM_OVERDUE,
	/**
	 * a partner contact's task was created (or a new link asked for): the mail carries
	 * the personal link
	 */
	TASK_LINK

}
