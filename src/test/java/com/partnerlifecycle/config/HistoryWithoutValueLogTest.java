package com.partnerlifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;

/**
 * The history an operator and an auditor need is kept; the log of every value a variable
 * ever had is not.
 */
@LifecycleTest
class HistoryWithoutValueLogTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	HistoryService historyService;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	@Test
	void shouldKeepTasksVariablesAndOperationsButNoValueLog() {
		String partnerId = new Lifecycles(context).atTheGateRecommendingProceed();
		String processInstanceId = historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(LifecycleProcess.KEY)
			.processInstanceBusinessKey(partnerId)
			.singleResult()
			.getId();

		assertThat(engineConfiguration.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_FULL);
		assertThat(historyService.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.taskDefinitionKey(LifecycleProcess.PLAN_PILOTS)
			.finished()
			.singleResult()
			.getAssignee()).isEqualTo("sofia");
		assertThat(historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableName(LifecycleProcess.STAGE)
			.listPage(0, 100)
			.stream()
			.filter(variable -> variable.getTaskId() == null) // the tasks' own are their
																// Tasklist cards
			.toList()).singleElement().satisfies(stage -> assertThat(stage.getValue()).isEqualTo("EVALUATION"));
		assertThat(historyService.createUserOperationLogQuery()
			.processInstanceId(processInstanceId)
			.userId("sofia")
			.count()).as("who completed which task").isPositive();
		assertThat(historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).count()).isZero();
	}

}
