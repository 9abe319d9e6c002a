package com.partnerlifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;

/**
 * No business group reads the whole history; a task's candidates read that task in the
 * history.
 */
@LifecycleTest
class HistoryReadRulesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	HistoryReadRules historyReadRules;

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	boolean readsHistoryOfEveryDefinition(String group) {
		return authorizationService.isUserAuthorized("someone", List.of(group), Permissions.READ_HISTORY,
				Resources.PROCESS_DEFINITION, LifecycleProcess.KEY);
	}

	Authorization historicGrant(String group, String taskId) {
		return authorizationService.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.HISTORIC_TASK)
			.resourceId(taskId)
			.singleResult();
	}

	@Test
	void shouldGiveBusinessGroupsNoReadHistoryAndTheTasksCandidatesTheirTasksHistory() {
		Task task = driver.openTask(new Lifecycles(context).register(), LifecycleProcess.PLAN_PILOTS);

		assertThat(HistoryReadRules.GROUPS)
			.allSatisfy(group -> assertThat(readsHistoryOfEveryDefinition(group)).isFalse());
		assertThat(
				historicGrant(Groups.SOURCING_MANAGERS, task.getId()).isPermissionGranted(HistoricTaskPermissions.READ))
			.isTrue();
	}

	@Test
	void shouldWithdrawReadHistoryGrantedByAnEarlierReleaseAndGrantTheHistoryOfOpenTasks() {
		Task task = driver.openTask(new Lifecycles(context).register(), LifecycleProcess.PLAN_PILOTS);
		Authorization old = authorizationService.createAuthorizationQuery()
			.groupIdIn(Groups.EXECUTIVES)
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(ANY)
			.authorizationType(AUTH_TYPE_GRANT)
			.singleResult();
		old.addPermission(Permissions.READ_HISTORY);
		authorizationService.saveAuthorization(old);
		authorizationService.deleteAuthorization(historicGrant(Groups.SOURCING_MANAGERS, task.getId()).getId());
		assertThat(readsHistoryOfEveryDefinition(Groups.EXECUTIVES)).isTrue();

		historyReadRules.run(new DefaultApplicationArguments());

		assertThat(readsHistoryOfEveryDefinition(Groups.EXECUTIVES)).isFalse();
		assertThat(authorizationService.isUserAuthorized("someone", List.of(Groups.EXECUTIVES), Permissions.READ,
				Resources.PROCESS_DEFINITION, LifecycleProcess.KEY))
			.isTrue();
		assertThat(
				historicGrant(Groups.SOURCING_MANAGERS, task.getId()).isPermissionGranted(HistoricTaskPermissions.READ))
			.isTrue();
	}

}
