package com.partnerlifecycle.followup;

/**
 * Where an action item stands. OVERDUE is not a status but a reading: an OPEN or BLOCKED
 * item whose due date has passed ({@link ActionItem#isOverdue}).
 */
public enum ActionItemStatus {

	/** agreed, not done yet */
	OPEN,
	/** its owner reported it blocked, with the reason */
	BLOCKED,
	/** its owner reported it done, or the next minutes recorded it done */
	DONE,
	/** dropped in the next minutes, or ended with the partnership: the note says why */
	CLOSED;

	public boolean isOpen() {
		return this == OPEN || this == BLOCKED;
	}

}
