package com.partnerlifecycle.termination;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.pilot.PilotService;

/**
 * The termination's step in the lifecycle, found by name from the BPMN; the partner is
 * the business key.
 */
@Configuration
class TerminationSteps {

	private final TerminationService terminations;

	private final PilotService pilots;

	TerminationSteps(TerminationService terminations, PilotService pilots) {
		this.terminations = terminations;
		this.pilots = pilots;
	}

	/**
	 * "Withdraw the candidacy": a termination request before the agreement was signed.
	 * The engine has already cancelled the running pilot projects with the candidacy;
	 * their records are closed with the reason.
	 */
	@Bean
	JavaDelegate withdrawCandidacy() {
		return execution -> {
			String partnerId = execution.getProcessBusinessKey();
			String reason = terminations.latest(partnerId)
				.map(r -> "Candidacy withdrawn at the "
						+ (r.getRequestedBy().name().equals("BUYER") ? "buyer's" : "provider's") + " request: "
						+ r.getReason())
				.orElse("Candidacy withdrawn");
			pilots.closeUnfinished(partnerId, reason);
		};
	}

}
