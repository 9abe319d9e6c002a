package com.partnerlifecycle.partner;

/**
 * Where a partnership is in its lifecycle; always equal to the position of its lifecycle
 * instance.
 */
public enum Stage {

	CANDIDATE, PILOT, EVALUATION, AGREEMENT, ACTIVE, DISSOLVING, DISSOLVED, REJECTED, WITHDRAWN;

	/**
	 * The stage in words, as people read it in Tasklist and Cockpit: "Evaluation",
	 * "Active, partner mode".
	 */
	public String label(Mode mode) {
		String word = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
		return this == ACTIVE && mode != null ? word + ", " + mode.name().toLowerCase(java.util.Locale.ROOT) + " mode"
				: word;
	}

	/**
	 * The partnership is over: dissolved, rejected at the gate, or withdrawn before an
	 * agreement.
	 */
	public boolean hasEnded() {
		return this == DISSOLVED || this == REJECTED || this == WITHDRAWN;
	}

}
