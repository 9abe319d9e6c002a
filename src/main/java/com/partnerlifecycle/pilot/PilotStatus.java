package com.partnerlifecycle.pilot;

public enum PilotStatus {
	/** planned, its pilot-project instance not yet started */
	PLANNED,
	/** running until its end date, then being assessed and approved */
	RUNNING,
	/** results approved by a reviewer: evidence for the gate */
	COMPLETED,
	/** did not run to completion; not evidence for the gate */
	ABANDONED
}
