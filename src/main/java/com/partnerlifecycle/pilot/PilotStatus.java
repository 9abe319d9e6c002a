package com.partnerlifecycle.pilot;

public enum PilotStatus {

	/** planned, its pilot-project instance not yet started */
	PLANNED("Planned"),
	/** running until its end date, then being assessed and approved */
	RUNNING("Running"),
	/** results approved by a reviewer: evidence for the gate */
	COMPLETED("Completed"),
	/** did not run to completion; not evidence for the gate */
	ABANDONED("Abandoned"),
	/** closed unfinished because the candidacy was withdrawn */
	CLOSED("Closed");

	private final String label;

	PilotStatus(String label) {
		this.label = label;
	}

	/** How forms show the status. */
	public String label() {
		return label;
	}

}
