package com.partnerlifecycle.partner;

/** Where a partnership is in its lifecycle; always equal to the position of its lifecycle instance. */
public enum Stage {
	CANDIDATE, PILOT, EVALUATION, AGREEMENT, ACTIVE, DISSOLVING, DISSOLVED, REJECTED, WITHDRAWN
}
