package com.partnerlifecycle.partner;

/** Where a partnership is in its lifecycle; always equal to the position of its lifecycle instance. */
public enum Stage {
	CANDIDATE, PILOT, EVALUATION, AGREEMENT, ACTIVE, DISSOLVING, DISSOLVED, REJECTED, WITHDRAWN;

	/** The partnership is over: dissolved, rejected at the gate, or withdrawn before an agreement. */
	public boolean hasEnded() {
		return this == DISSOLVED || this == REJECTED || this == WITHDRAWN;
	}
}
