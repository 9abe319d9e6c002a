package com.partnerlifecycle.dissolution;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the processes' expressions ask of a dissolution (bean {@code dissolutions}): ids
 * in, dates out. The records are {@link DissolutionService}'s.
 */
@Component("dissolutions")
public class DissolutionCalendar {

	private final DissolutionService dissolutions;

	DissolutionCalendar(DissolutionService dissolutions) {
		this.dissolutions = dissolutions;
	}

	/** The hand-over tasks' due date: {@code ${dissolutions.handOverDue(partnerId)}}. */
	public Date handOverDue(String partnerId) {
		return dissolutions.handOverDue(partnerId);
	}

	/**
	 * Lifecycle 1.2 and older call {@code ${dissolutions.cause(execution,
	 * 'TERM_ENDED')}}; newer ones the listener beans of {@link DissolutionSteps}.
	 * @deprecated kept while instances of those versions run
	 */
	@Deprecated
	public void cause(DelegateExecution execution, String cause) {
		DissolutionSteps.recordCause(execution, DissolutionCause.valueOf(cause));
	}

}
