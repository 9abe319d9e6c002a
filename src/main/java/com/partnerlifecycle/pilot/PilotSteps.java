package com.partnerlifecycle.pilot;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.common.ProcessVariables;

/**
 * The listener of processes/pilot-project.bpmn
 * ({@code camunda:executionListener delegateExpression}).
 */
@Configuration
class PilotSteps {

	private final PilotService pilots;

	PilotSteps(PilotService pilots) {
		this.pilots = pilots;
	}

	/**
	 * "Pilot started": the pilot records the instance that runs it, from then on found
	 * from the instance. The id is the one the lifecycle's call passed in this same
	 * transaction (nobody could have written it yet), and must be a planned pilot of this
	 * instance's partner.
	 */
	@Bean
	ExecutionListener markPilotRunning() {
		return execution -> pilots.markRunning(ProcessVariables.require(execution, PilotProcess.PILOT_ID, Long.class),
				execution.getProcessInstanceId());
	}

}
