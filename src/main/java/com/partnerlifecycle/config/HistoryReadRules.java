package com.partnerlifecycle.config;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Groups;

/**
 * No business group reads the engine's history of every process (READ_HISTORY on every
 * process definition): it holds removed variables (one side's review ratings before the
 * reveal among them) and every task's and instance's past. What the web apps need
 * instead: Tasklist's comments of a task are checked against the history's task, which
 * the task's candidates and assignee may read (HISTORIC_TASK READ, written by the engine
 * with {@code enableHistoricInstancePermissions}); Cockpit's pages show runtime state
 * (READ_INSTANCE). Migration step at every start, after {@link AccessRules}: grants
 * written by earlier releases lose READ_HISTORY.
 */
@Component
@Order(6)
class HistoryReadRules implements ApplicationRunner {

	static final List<String> GROUPS = List.of(Groups.SOURCING_MANAGERS, Groups.EXECUTIVES,
			Groups.PARTNERSHIP_REVIEWERS, Groups.PARTNER_REPRESENTATIVES);

	private final AuthorizationService authorizations;

	private final JdbcTemplate jdbc;

	HistoryReadRules(AuthorizationService authorizations, JdbcTemplate jdbc) {
		this.authorizations = authorizations;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String group : GROUPS) {
			for (Authorization grant : authorizations.createAuthorizationQuery()
				.groupIdIn(group)
				.resourceType(Resources.PROCESS_DEFINITION)
				.authorizationType(AUTH_TYPE_GRANT)
				.listPage(0, 1000)) {
				if (ANY.equals(grant.getResourceId()) && grant.isPermissionGranted(Permissions.READ_HISTORY)) {
					grant.removePermission(Permissions.READ_HISTORY);
					authorizations.saveAuthorization(grant);
				}
			}
		}
		grantHistoricReadOfOpenTasks();
	}

	/**
	 * Open tasks created before {@code enableHistoricInstancePermissions} was on: each
	 * group holding a grant on the task gets READ on the task in the history, as the
	 * engine now writes for new tasks (without the engine's removal time: these few
	 * grants outlive the history cleanup of their task).
	 */
	private void grantHistoricReadOfOpenTasks() {
		List<Map<String, Object>> missing = jdbc.queryForList("""
				select a.RESOURCE_ID_ as task_id, a.GROUP_ID_ as group_id from ACT_RU_AUTHORIZATION a
				join ACT_RU_TASK t on t.ID_ = a.RESOURCE_ID_
				where a.TYPE_ = ? and a.RESOURCE_TYPE_ = ? and a.GROUP_ID_ is not null
				and not exists (select 1 from ACT_RU_AUTHORIZATION h where h.TYPE_ = ? and h.GROUP_ID_ = a.GROUP_ID_
				  and h.RESOURCE_TYPE_ = ? and h.RESOURCE_ID_ = a.RESOURCE_ID_)
				""", AUTH_TYPE_GRANT, Resources.TASK.resourceType(), AUTH_TYPE_GRANT,
				Resources.HISTORIC_TASK.resourceType());
		for (Map<String, Object> row : missing) {
			Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
			grant.setGroupId((String) row.get("group_id"));
			grant.setResource(Resources.HISTORIC_TASK);
			grant.setResourceId((String) row.get("task_id"));
			grant.addPermission(HistoricTaskPermissions.READ);
			authorizations.saveAuthorization(grant);
		}
	}

}
