package com.partnerlifecycle.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.Groups;

/**
 * Tasklist cards: a reviewer reads a gate task's partner and stage (task-local, written
 * when the task is created) with her own rights, and still nothing of its process
 * instance; tasks of older deployments get them at start-up.
 */
@LifecycleTest
class TaskCardsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	PartnerService partners;

	@Autowired
	TaskCards cards;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void tearDown() {
		identityService.clearAuthentication();
		lifecycles.driver().resetClock();
	}

	@Test
	void shouldShowAReviewerThePartnerAndStageOfAGateTaskWithoutItsProcessVariables() {
		String partnerId = lifecycles.atTheGateRecommendingProceed();
		Task gate = lifecycles.driver().openTask(partnerId, LifecycleProcess.DECIDE_GATE);

		Map<String, Object> seen = asReviewer(() -> variablesOf(
				runtimeService.createVariableInstanceQuery().taskIdIn(gate.getId()).listPage(0, 100)));
		List<VariableInstance> ofTheInstance = asReviewer(() -> runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(gate.getProcessInstanceId())
			.listPage(0, 100)
			.stream()
			.filter(variable -> variable.getTaskId() == null)
			.toList());

		assertThat(seen).containsEntry(TaskCards.PARTNER, partners.get(partnerId).getName())
			.containsEntry(TaskCards.STAGE, "Evaluation");
		assertThat(ofTheInstance).isEmpty();
	}

	@Test
	void shouldNameTheModeOfAnActivePartnership() {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		Task schedule = lifecycles.driver()
			.openTask(partnerId, com.partnerlifecycle.review.ReviewProcess.SCHEDULE_MEETING);

		assertThat(taskService.getVariablesLocal(schedule.getId())).containsEntry(TaskCards.STAGE,
				"Active, vendor mode");
	}

	@Test
	void shouldWriteTheCardsOfOpenTasksCreatedBeforeThemAtStartUp() {
		String partnerId = lifecycles.atTheGateRecommendingProceed();
		Task gate = lifecycles.driver().openTask(partnerId, LifecycleProcess.DECIDE_GATE);
		taskService.removeVariablesLocal(gate.getId(), List.of(TaskCards.PARTNER, TaskCards.STAGE));

		cards.run(null);

		assertThat(taskService.getVariablesLocal(gate.getId()))
			.containsEntry(TaskCards.PARTNER, partners.get(partnerId).getName())
			.containsEntry(TaskCards.STAGE, "Evaluation");
	}

	private <T> T asReviewer(java.util.function.Supplier<T> call) {
		identityService.setAuthentication("rita", List.of(Groups.PARTNERSHIP_REVIEWERS));
		try {
			return call.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private static Map<String, Object> variablesOf(List<VariableInstance> variables) {
		return variables.stream().collect(Collectors.toMap(VariableInstance::getName, VariableInstance::getValue));
	}

}
