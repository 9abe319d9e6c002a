package com.partnerlifecycle.summit;

import org.camunda.bpm.engine.delegate.DelegateTask;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.form.FormContext;

/**
 * What every summit form shows at its top: the summit, when it takes place, when
 * proposals are due.
 */
final class SummitForms {

	private SummitForms() {
	}

	static FormContext header(DelegateTask task, Summit summit, BusinessTime time) {
		return FormContext.of(task)
			.put("summitTitle", summit.getTitle())
			.put("summitDate", time.display(summit.getHeldAt()))
			.put("proposalsDueOn", summit.getProposalsDue().toString());
	}

}
