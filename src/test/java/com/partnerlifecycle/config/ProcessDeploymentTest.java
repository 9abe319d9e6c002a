package com.partnerlifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.pilot.PilotProcess;

/**
 * Processes and forms are deployed together under stable names, and an unchanged model is
 * not redeployed.
 */
@LifecycleTest
class ProcessDeploymentTest {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ProcessDeployment deployment;

	@Test
	void shouldDeployEveryProcessAndFormUnderItsFolderName() {
		ProcessDefinition lifecycle = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(LifecycleProcess.KEY)
			.latestVersion()
			.singleResult();

		assertThat(lifecycle.getResourceName()).isEqualTo("processes/partnership-lifecycle.bpmn");
		assertThat(repositoryService.getDeploymentResourceNames(lifecycle.getDeploymentId()))
			.contains("processes/pilot-project.bpmn", "forms/decide-gate.form", "forms/plan-pilots.form");
	}

	@Test
	void shouldNotCreateANewVersionWhenNothingChanged() throws Exception {
		deployment.run(new DefaultApplicationArguments());

		for (String key : new String[] { LifecycleProcess.KEY, PilotProcess.KEY }) {
			assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count())
				.as("versions of %s", key)
				.isEqualTo(1);
		}
	}

}
