package com.partnerlifecycle.config;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Groups;

/**
 * Who may do what in the engine (README "Roles and security"), created at start-up and
 * only where missing:
 * <ul>
 * <li>sourcing managers, reviewers and executives use Tasklist and read the lifecycle
 * processes; sourcing managers and executives also open Cockpit, read-only: no update,
 * delete, retry or migration;</li>
 * <li>a partner's representatives use Tasklist and see only their partner's tasks
 * (candidate group {@code partner-<id>}) through their partner's filter;</li>
 * <li>only {@code camunda-admin} operates the engine and uses Admin (the starter grants
 * it everything).</li>
 * </ul>
 * Business users hold READ + TASK_WORK on their tasks, never UPDATE: they claim, save and
 * submit a task's form, but cannot write variables, dates or candidate groups of a task
 * (the generic property {@code defaultUserPermissionNameForTask: TASK_WORK} in
 * application.yml does this for new tasks). Two migration steps bring existing tasks
 * there: tasks created before authorization was on get the grants of their candidate
 * groups, and grants written before this rule lose UPDATE and TASK_ASSIGN. No business
 * group starts a process through an engine door (CREATE_INSTANCE, CREATE on process
 * instances): a third step withdraws such grants written before.
 */
@Component
@Order(5)
public class AccessRules implements ApplicationRunner {

	static final List<String> BUYER_GROUPS = List.of(Groups.SOURCING_MANAGERS, Groups.PARTNERSHIP_REVIEWERS,
			Groups.EXECUTIVES);

	private final AuthorizationService authorizations;

	private final JdbcTemplate jdbc;

	private final ProcessEngineConfigurationImpl engine;

	public AccessRules(AuthorizationService authorizations, JdbcTemplate jdbc, ProcessEngineConfigurationImpl engine) {
		this.authorizations = authorizations;
		this.jdbc = jdbc;
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String group : BUYER_GROUPS) {
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
			grant(group, Resources.USER, ANY, Permissions.READ); // to name colleagues as
																	// sponsors and
																	// participants
			grant(group, Resources.GROUP, ANY, Permissions.READ);
		}
		grant(Groups.PARTNER_REPRESENTATIVES, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		for (String process : List.of("business-review", "partnership-dissolution", "annual-partner-summit",
				"summit-partner-proposals", "action-item")) {
			grant(Groups.PARTNER_REPRESENTATIVES, Resources.PROCESS_DEFINITION, process, Permissions.READ);
		}
		for (String group : List.of(Groups.SOURCING_MANAGERS, Groups.EXECUTIVES)) {
			grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			// no READ_HISTORY: Cockpit's pages show runtime state (HistoryReadRules)
			grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE);
			grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
			grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
			grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
		}
		// no business group starts a process: the product starts them as the system after
		// its own checks
		authorizeExistingTasks();
		withdrawTaskUpdates();
		withdrawStarts();
	}

	/**
	 * The group may see a Tasklist filter (filters use literal group ids: expressions are
	 * off).
	 */
	public void grantFilterRead(String group, String filterId) {
		grant(group, Resources.FILTER, filterId, Permissions.READ);
	}

	/**
	 * The group may claim and complete the task (what a candidate group gets on a new
	 * task).
	 */
	public void grantTaskWork(String group, String taskId) {
		grant(group, Resources.TASK, taskId, TaskPermissions.READ, TaskPermissions.TASK_WORK);
	}

	/** Every filter whose name says whose it is, readable by that group. */
	public void grantFilterRead(String group, Filter filter) {
		grantFilterRead(group, filter.getId());
	}

	/**
	 * Tasks created while authorization was off: their candidate groups get what the
	 * engine now grants new tasks. One query finds the candidate links with no grant of
	 * their group on their task (the engine's own unique index on grants serves it), so a
	 * start with thousands of open tasks, all granted, costs milliseconds.
	 */
	private void authorizeExistingTasks() {
		List<Map<String, Object>> ungranted = jdbc.queryForList("""
				select l.TASK_ID_ as task_id, l.GROUP_ID_ as group_id from ACT_RU_IDENTITYLINK l
				where l.TYPE_ = ? and l.TASK_ID_ is not null and l.GROUP_ID_ is not null
				and not exists (select 1 from ACT_RU_AUTHORIZATION a where a.TYPE_ = ? and a.GROUP_ID_ = l.GROUP_ID_
				  and a.RESOURCE_TYPE_ = ? and a.RESOURCE_ID_ = l.TASK_ID_)
				""", IdentityLinkType.CANDIDATE, AUTH_TYPE_GRANT, Resources.TASK.resourceType());
		for (Map<String, Object> link : ungranted) {
			grant((String) link.get("group_id"), Resources.TASK, (String) link.get("task_id"), TaskPermissions.READ,
					TaskPermissions.TASK_WORK);
		}
	}

	/**
	 * What no business user keeps on a task: variables, dates and candidate groups are
	 * written by admins only.
	 */
	private static final List<TaskPermissions> WITHDRAWN = List.of(TaskPermissions.UPDATE, TaskPermissions.TASK_ASSIGN,
			TaskPermissions.UPDATE_VARIABLE);

	/**
	 * Migration step: task grants written while candidate groups got UPDATE (the engine's
	 * default {@code defaultUserPermissionNameForTask}, before this application set it to
	 * TASK_WORK) lose UPDATE, TASK_ASSIGN and UPDATE_VARIABLE; those that had UPDATE get
	 * TASK_WORK instead, so the holder can still claim and complete. It concerns every
	 * GRANT on a TASK held by a group other than {@code camunda-admin}, or by a user who
	 * is not a member of it (the assignee's and owner's grants). {@code camunda-admin}
	 * keeps ALL on every task.
	 * <p>
	 * Java at start-up, not a Flyway migration: the engine's tables are not Flyway's, and
	 * Flyway runs before the engine creates them. Idempotent and cheap when there is
	 * nothing to do: one query finds the grants that still hold one of those permissions
	 * (none after the first start), and only those are changed, through the
	 * AuthorizationService.
	 */
	void withdrawTaskUpdates() {
		String type = engine.getDatabaseType();
		int mask = WITHDRAWN.stream().mapToInt(TaskPermissions::getValue).reduce(0, (a, b) -> a | b);
		String holdsWithdrawn = DbSqlSessionFactory.databaseSpecificBitAnd1.get(type) + "a.PERMS_"
				+ DbSqlSessionFactory.databaseSpecificBitAnd2.get(type) + mask
				+ DbSqlSessionFactory.databaseSpecificBitAnd3.get(type) + " <> 0";
		List<String> ids = jdbc.queryForList("select a.ID_ from ACT_RU_AUTHORIZATION a where a.TYPE_ = ?"
				+ " and a.RESOURCE_TYPE_ = ? and " + holdsWithdrawn
				+ " and ((a.GROUP_ID_ is not null and a.GROUP_ID_ <> ?) or (a.USER_ID_ is not null and not exists"
				+ " (select 1 from ACT_ID_MEMBERSHIP m where m.USER_ID_ = a.USER_ID_ and m.GROUP_ID_ = ?)))",
				String.class, AUTH_TYPE_GRANT, Resources.TASK.resourceType(), Groups.CAMUNDA_ADMIN,
				Groups.CAMUNDA_ADMIN);
		for (String id : ids) {
			Authorization authorization = authorizations.createAuthorizationQuery().authorizationId(id).singleResult();
			if (authorization == null) {
				continue; // removed since (the task ended)
			}
			boolean couldUpdate = authorization.isPermissionGranted(TaskPermissions.UPDATE);
			WITHDRAWN.forEach(authorization::removePermission);
			if (couldUpdate) {
				authorization.addPermission(TaskPermissions.TASK_WORK);
			}
			authorizations.saveAuthorization(authorization);
		}
	}

	/**
	 * Migration step: grants to start a process, written before this rule (sourcing
	 * managers held CREATE_INSTANCE on {@code partnership-lifecycle} and CREATE on
	 * process instances), lose CREATE_INSTANCE on process definitions and CREATE on
	 * process instances; a grant left with no permission is deleted. It concerns every
	 * GRANT held by a group other than {@code camunda-admin}, or by a user who is not a
	 * member of it. Idempotent and cheap when there is nothing to do: one query finds the
	 * grants that still hold one (none after the first start).
	 */
	void withdrawStarts() {
		String type = engine.getDatabaseType();
		List<String> ids = jdbc.queryForList("select a.ID_ from ACT_RU_AUTHORIZATION a where a.TYPE_ = ?"
				+ " and ((a.RESOURCE_TYPE_ = ? and " + holds(type, Permissions.CREATE_INSTANCE.getValue())
				+ ") or (a.RESOURCE_TYPE_ = ? and " + holds(type, Permissions.CREATE.getValue()) + "))"
				+ " and ((a.GROUP_ID_ is not null and a.GROUP_ID_ <> ?) or (a.USER_ID_ is not null and not exists"
				+ " (select 1 from ACT_ID_MEMBERSHIP m where m.USER_ID_ = a.USER_ID_ and m.GROUP_ID_ = ?)))",
				String.class, AUTH_TYPE_GRANT, Resources.PROCESS_DEFINITION.resourceType(),
				Resources.PROCESS_INSTANCE.resourceType(), Groups.CAMUNDA_ADMIN, Groups.CAMUNDA_ADMIN);
		for (String id : ids) {
			Authorization authorization = authorizations.createAuthorizationQuery().authorizationId(id).singleResult();
			if (authorization == null) {
				continue;
			}
			if (authorization.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()) {
				authorization.removePermission(Permissions.CREATE_INSTANCE);
			}
			else {
				authorization.removePermission(Permissions.CREATE);
			}
			if (authorization instanceof AuthorizationEntity entity && entity.getPermissions() == 0) {
				authorizations.deleteAuthorization(id);
			}
			else {
				authorizations.saveAuthorization(authorization);
			}
		}
	}

	/** A SQL condition: the grant {@code a} holds the permission bit. */
	private static String holds(String databaseType, int bit) {
		return DbSqlSessionFactory.databaseSpecificBitAnd1.get(databaseType) + "a.PERMS_"
				+ DbSqlSessionFactory.databaseSpecificBitAnd2.get(databaseType) + bit
				+ DbSqlSessionFactory.databaseSpecificBitAnd3.get(databaseType) + " <> 0";
	}

	/**
	 * Adds the permissions to the group's grant on the resource, creating the grant if
	 * there is none.
	 */
	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.authorizationType(AUTH_TYPE_GRANT)
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		boolean missing = authorization == null;
		if (missing) {
			authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
			authorization.setGroupId(group);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				missing = true;
			}
		}
		if (missing) {
			authorizations.saveAuthorization(authorization);
		}
	}

}
