package com.partnerlifecycle.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.pilot.PilotService;

/**
 * "Withdraw the candidacy": a termination request before the agreement was signed. The engine has already
 * cancelled the running pilot projects with the candidacy; their records are closed with the reason.
 */
@Component("withdrawCandidacy")
class WithdrawCandidacy implements JavaDelegate {

	private final TerminationService terminations;

	private final PilotService pilots;

	WithdrawCandidacy(TerminationService terminations, PilotService pilots) {
		this.terminations = terminations;
		this.pilots = pilots;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String partnerId = execution.getProcessBusinessKey();
		String reason = terminations.latest(partnerId)
			.map(r -> "Candidacy withdrawn at the " + (r.getRequestedBy().name().equals("BUYER") ? "buyer's" : "provider's")
					+ " request: " + r.getReason())
			.orElse("Candidacy withdrawn");
		pilots.closeUnfinished(partnerId, reason);
	}

}
