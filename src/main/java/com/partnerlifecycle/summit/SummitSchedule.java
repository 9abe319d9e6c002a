package com.partnerlifecycle.summit;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the yearly start on the configured opening day. The timer of the summit's start
 * event is computed when the process is deployed; when
 * {@code partnership.summit.opens-on} changes without a new deployment, this moves the
 * waiting timer at start-up. Later years follow the configuration too: the engine
 * re-evaluates the cycle each time it fires ({@code reevaluateTimeCycleWhenDue}).
 */
@Component
@Order(2)
class SummitSchedule implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SummitSchedule.class);

	private final RepositoryService repositoryService;

	private final ManagementService managementService;

	private final SummitService summits;

	SummitSchedule(RepositoryService repositoryService, ManagementService managementService, SummitService summits) {
		this.repositoryService = repositoryService;
		this.managementService = managementService;
		this.summits = summits;
	}

	@Override
	public void run(ApplicationArguments args) {
		ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(SummitProcess.KEY)
			.latestVersion()
			.singleResult();
		if (latest == null) {
			return;
		}
		for (Job timer : managementService.createJobQuery().processDefinitionId(latest.getId()).timers().list()) {
			if (timer.getProcessInstanceId() != null) {
				continue; // a running summit's timer, not the yearly start
			}
			Date configured = Date.from(summits.nextOpening(summits.now()).toInstant());
			if (!configured.equals(timer.getDuedate())) {
				log.info("The next partner summit opens on {} (configured), not {}: timer moved", configured,
						timer.getDuedate());
				managementService.setJobDuedate(timer.getId(), configured);
			}
		}
	}

}
