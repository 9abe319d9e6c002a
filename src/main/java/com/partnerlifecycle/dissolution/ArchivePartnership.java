package com.partnerlifecycle.dissolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Archive the partnership record": nothing is deleted; the record becomes read-only. */
@Component("archivePartnership")
class ArchivePartnership implements JavaDelegate {

	private final DissolutionService dissolutions;

	ArchivePartnership(DissolutionService dissolutions) {
		this.dissolutions = dissolutions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		dissolutions.archive(execution.getProcessBusinessKey());
	}

}
