package com.partnerlifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.review.ReviewProcess;

/** What each role sees and may do in the engine (Tasklist's and Cockpit's REST calls use the same checks). */
@LifecycleTest
class AccessRulesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	@Autowired
	AccessRules accessRules;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
		engineConfiguration.setAuthorizationEnabled(true);
	}

	long visibleTasks(String user, String partnerId, String taskKey) {
		long[] count = new long[1];
		driver.asUser(user, () -> count[0] = taskService.createTaskQuery()
			.processInstanceBusinessKey(partnerId)
			.taskDefinitionKey(taskKey)
			.count());
		return count[0];
	}

	@Test
	void shouldShowEachGroupItsOwnTasksOnly() {
		String partnerId = lifecycles.register();

		assertThat(visibleTasks("sofia", partnerId, LifecycleProcess.PLAN_PILOTS)).isEqualTo(1);
		assertThat(visibleTasks("rita", partnerId, LifecycleProcess.PLAN_PILOTS)).isZero();
		assertThat(visibleTasks("erik", partnerId, LifecycleProcess.PLAN_PILOTS)).isZero();
	}

	@Test
	void shouldShowARepresentativeOnlyItsOwnPartnersTasks() {
		String own = lifecycles.active();
		String other = lifecycles.active();
		String representative = lifecycles.representative(own);
		lifecycles.representative(other);
		for (String partnerId : new String[] { own, other }) {
			lifecycles.untilNextReviewStarts(partnerId);
			lifecycles.scheduleMeeting(partnerId);
		}

		assertThat(visibleTasks(representative, own, ReviewProcess.RATE_PROVIDER)).isEqualTo(1);
		assertThat(visibleTasks(representative, other, ReviewProcess.RATE_PROVIDER)).isZero();
		assertThat(visibleTasks(representative, own, ReviewProcess.RATE_BUYER)).isZero();
		Task othersTask = driver.openTask(other, ReviewProcess.RATE_PROVIDER);
		assertThatThrownBy(() -> driver.asUser(representative, () -> taskService.claim(othersTask.getId(), representative)))
			.isInstanceOf(AuthorizationException.class);
	}

	@Test
	void shouldLetSourcingManagersMonitorButNotModifyLifecycles() {
		String partnerId = lifecycles.register();
		String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(partnerId)
			.singleResult().getId();
		long[] seen = new long[1];

		driver.asUser("sofia", () -> seen[0] = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId).count());

		assertThat(seen[0]).isEqualTo(1);
		assertThatThrownBy(() -> driver.asUser("sofia", () -> runtimeService.deleteProcessInstance(instanceId, "no")))
			.isInstanceOf(AuthorizationException.class);
		assertThatThrownBy(() -> driver.asUser("erik", () -> runtimeService.suspendProcessInstanceById(instanceId)))
			.isInstanceOf(AuthorizationException.class);
	}

	@Test
	void shouldAuthorizeTasksCreatedBeforeAuthorizationWasOn() {
		engineConfiguration.setAuthorizationEnabled(false);
		String partnerId = lifecycles.register();
		Task task = driver.openTask(partnerId, LifecycleProcess.PLAN_PILOTS);
		assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
			.count()).isZero();
		engineConfiguration.setAuthorizationEnabled(true);

		accessRules.run(new DefaultApplicationArguments());

		assertThat(authorizationService.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.groupIdIn("sourcing-managers")
			.hasPermission(Permissions.UPDATE)
			.count()).isEqualTo(1);
		assertThat(visibleTasks("sofia", partnerId, LifecycleProcess.PLAN_PILOTS)).isEqualTo(1);
	}

}
