package com.partnerlifecycle.summit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/**
 * "Open the summit": opened by the yearly timer, the summit takes its dates from the calendar; opened by hand
 * ({@link SummitService#openByHand}), from what was entered, checked again here so that a bad date refuses the start.
 */
@Component("openSummit")
class OpenSummit implements JavaDelegate {

	static final String TITLE = "title";

	static final String HELD_ON = "heldOn";

	static final String PROPOSALS_DUE = "proposalsDue";

	static final String LOCATION = "location";

	private final SummitService summits;

	OpenSummit(SummitService summits) {
		this.summits = summits;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String openedBy = (String) execution.getVariable(SummitProcess.OPENED_BY);
		SummitService.Plan plan = execution.hasVariable(HELD_ON) ? summits.planByHand(text(execution, TITLE),
				date(execution, HELD_ON),
				date(execution, PROPOSALS_DUE), text(execution, LOCATION))
				: summits.planFromCalendar();
		Summit summit = summits.open(plan, execution.getProcessInstanceId(), openedBy);
		for (String entered : new String[] { TITLE, HELD_ON, PROPOSALS_DUE, LOCATION }) {
			execution.removeVariable(entered); // the record holds them now
		}
		execution.setProcessBusinessKey("summit-" + summit.getId());
		execution.setVariable(SummitProcess.SUMMIT_ID, summit.getId());
		execution.setVariable(SummitProcess.INVITED_PARTNERS, summits.invitees(summit.getId()).size());
	}

	/** The product's own start message carries the days as ISO dates (SummitService.openByHand). */
	private static java.time.LocalDate date(DelegateExecution execution, String name) {
		return java.time.LocalDate.parse(text(execution, name));
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

}
