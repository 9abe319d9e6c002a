package com.partnerlifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
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

/**
 * What each role sees and may do in the engine (Tasklist's and Cockpit's REST calls use
 * the same checks).
 */
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
		driver.asUser(user,
				() -> count[0] = taskService.createTaskQuery()
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
		assertThatThrownBy(
				() -> driver.asUser(representative, () -> taskService.claim(othersTask.getId(), representative)))
			.isInstanceOf(AuthorizationException.class);
	}

	@Test
	void shouldLetSourcingManagersMonitorButNotModifyLifecycles() {
		String partnerId = lifecycles.register();
		String instanceId = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.singleResult()
			.getId();
		long[] seen = new long[1];

		driver.asUser("sofia",
				() -> seen[0] = runtimeService.createProcessInstanceQuery()
					.processInstanceBusinessKey(partnerId)
					.count());

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
		assertThat(authorizationService.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.count()).isZero();
		engineConfiguration.setAuthorizationEnabled(true);

		accessRules.run(new DefaultApplicationArguments());

		Authorization granted = taskGrant(task.getId(), "sourcing-managers", null);
		assertThat(permissionsOf(granted)).containsExactlyInAnyOrder(TaskPermissions.READ, TaskPermissions.TASK_WORK);
		assertThat(visibleTasks("sofia", partnerId, LifecycleProcess.PLAN_PILOTS)).isEqualTo(1);
	}

	@Test
	void shouldGrantNewTasksReadAndTaskWorkOnly() {
		String partnerId = lifecycles.register();
		Task task = driver.openTask(partnerId, LifecycleProcess.PLAN_PILOTS);
		driver.asUser("sofia", () -> taskService.claim(task.getId(), "sofia"));

		assertThat(permissionsOf(taskGrant(task.getId(), "sourcing-managers", null)))
			.containsExactlyInAnyOrder(TaskPermissions.READ, TaskPermissions.TASK_WORK);
		assertThat(permissionsOf(taskGrant(task.getId(), null, "sofia")))
			.containsExactlyInAnyOrder(TaskPermissions.READ, TaskPermissions.TASK_WORK);
	}

	@Test
	void shouldWithdrawUpdateFromGrantsWrittenBeforeTheRule() {
		String partnerId = lifecycles.register();
		Task task = driver.openTask(partnerId, LifecycleProcess.PLAN_PILOTS);
		driver.asUser("sofia", () -> taskService.claim(task.getId(), "sofia"));
		// as the engine wrote them with defaultUserPermissionNameForTask = UPDATE, plus a
		// hand-made TASK_ASSIGN
		Authorization group = taskGrant(task.getId(), "sourcing-managers", null);
		group.setPermissions(new Permission[] { TaskPermissions.READ, TaskPermissions.UPDATE });
		authorizationService.saveAuthorization(group);
		Authorization user = taskGrant(task.getId(), null, "sofia");
		user.setPermissions(
				new Permission[] { TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_ASSIGN });
		authorizationService.saveAuthorization(user);
		Authorization assignOnly = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		assignOnly.setGroupId("executives");
		assignOnly.setResource(Resources.TASK);
		assignOnly.setResourceId(task.getId());
		assignOnly.setPermissions(new Permission[] { TaskPermissions.READ, TaskPermissions.TASK_ASSIGN });
		authorizationService.saveAuthorization(assignOnly);
		Authorization admins = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		admins.setGroupId("camunda-admin");
		admins.setResource(Resources.TASK);
		admins.setResourceId(task.getId());
		admins.setPermissions(new Permission[] { TaskPermissions.READ, TaskPermissions.UPDATE });
		authorizationService.saveAuthorization(admins);

		accessRules.run(new DefaultApplicationArguments());
		accessRules.run(new DefaultApplicationArguments()); // idempotent

		assertThat(permissionsOf(taskGrant(task.getId(), "sourcing-managers", null)))
			.containsExactlyInAnyOrder(TaskPermissions.READ, TaskPermissions.TASK_WORK);
		assertThat(permissionsOf(taskGrant(task.getId(), null, "sofia")))
			.containsExactlyInAnyOrder(TaskPermissions.READ, TaskPermissions.TASK_WORK);
		assertThat(permissionsOf(taskGrant(task.getId(), "executives", null))).containsExactly(TaskPermissions.READ);
		assertThat(permissionsOf(taskGrant(task.getId(), "camunda-admin", null)))
			.containsExactlyInAnyOrder(TaskPermissions.READ, TaskPermissions.UPDATE);
		assertThatThrownBy(() -> driver.asUser("sofia", () -> taskService.setVariable(task.getId(), "x", "y")))
			.isInstanceOf(AuthorizationException.class);
		assertThat(visibleTasks("sofia", partnerId, LifecycleProcess.PLAN_PILOTS)).isEqualTo(1);
	}

	/** The task permissions the grant holds, without NONE and ALL. */
	static List<Permission> permissionsOf(Authorization authorization) {
		return Arrays.stream(authorization.getPermissions(TaskPermissions.values()))
			.filter(p -> p != TaskPermissions.NONE && p != TaskPermissions.ALL)
			.toList();
	}

	Authorization taskGrant(String taskId, String group, String user) {
		AuthorizationQuery query = authorizationService.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(taskId)
			.authorizationType(Authorization.AUTH_TYPE_GRANT);
		return (group != null ? query.groupIdIn(group) : query.userIdIn(user)).singleResult();
	}

	/**
	 * What sourcing managers held before business groups stopped starting processes
	 * through an engine door.
	 */
	@Test
	void shouldWithdrawStartGrantsWrittenBeforeTheRule() {
		Authorization definition = groupGrant("sourcing-managers", Resources.PROCESS_DEFINITION, LifecycleProcess.KEY);
		definition.setPermissions(new Permission[] { Permissions.READ, Permissions.CREATE_INSTANCE });
		authorizationService.saveAuthorization(definition);
		Authorization instances = groupGrant("sourcing-managers", Resources.PROCESS_INSTANCE, Authorization.ANY);
		instances.addPermission(Permissions.CREATE);
		authorizationService.saveAuthorization(instances);
		Authorization createOnly = groupGrant("executives", Resources.PROCESS_INSTANCE, "some-instance");
		createOnly.setPermissions(new Permission[] { Permissions.CREATE });
		authorizationService.saveAuthorization(createOnly);
		assertThatCode(() -> driver.asUser("sofia", () -> lifecycleStartedBy("sofia"))).doesNotThrowAnyException();

		accessRules.run(new DefaultApplicationArguments());
		accessRules.run(new DefaultApplicationArguments()); // idempotent

		Authorization definitionAfter = groupGrant("sourcing-managers", Resources.PROCESS_DEFINITION,
				LifecycleProcess.KEY);
		assertThat(definitionAfter.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(definitionAfter.isPermissionGranted(Permissions.CREATE_INSTANCE)).isFalse();
		Authorization instancesAfter = groupGrant("sourcing-managers", Resources.PROCESS_INSTANCE, Authorization.ANY);
		assertThat(instancesAfter.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(instancesAfter.isPermissionGranted(Permissions.CREATE)).isFalse();
		assertThat(authorizationService.createAuthorizationQuery()
			.groupIdIn("executives")
			.resourceType(Resources.PROCESS_INSTANCE)
			.resourceId("some-instance")
			.count()).isZero();
		assertThat(authorizationService.createAuthorizationQuery()
			.groupIdIn("camunda-admin")
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(Authorization.ANY)
			.singleResult()
			.isPermissionGranted(Permissions.CREATE_INSTANCE)).isTrue();
		assertThatThrownBy(() -> driver.asUser("sofia", () -> lifecycleStartedBy("sofia")))
			.isInstanceOf(AuthorizationException.class);
	}

	void lifecycleStartedBy(String user) {
		runtimeService.createProcessInstanceByKey(LifecycleProcess.KEY)
			.businessKey("started-by-" + user + "-" + java.util.UUID.randomUUID())
			.startBeforeActivity(LifecycleProcess.PLAN_PILOTS)
			.execute(true, true);
	}

	/** The group's grant on the resource, a new one (not saved) if it has none. */
	Authorization groupGrant(String group, Resources resource, String resourceId) {
		Authorization grant = authorizationService.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.singleResult();
		if (grant == null) {
			grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(group);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
		}
		return grant;
	}

}
