package com.partnerlifecycle.evaluation;

/**
 * What the evaluation gate recommends; the reviewer approves it or overrides it with a
 * reason.
 */
public enum GateDecision {

	PROCEED("Proceed to an agreement"),

	EXTEND_PILOTS("Extend the pilot phase"),

	REJECT("Reject the candidate");

	private final String label;

	GateDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
