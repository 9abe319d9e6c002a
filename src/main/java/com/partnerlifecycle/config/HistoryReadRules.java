package com.partnerlifecycle.config;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No business group reads the engine's history of every process (READ_HISTORY on every process definition): it holds
 * removed variables (one side's review ratings before the reveal among them) and every task's and instance's past.
 * What the web apps need instead: Tasklist's comments of a task are checked against the history's task, which the
 * task's candidates and assignee may read (HISTORIC_TASK READ, written by the engine with
 * {@code enableHistoricInstancePermissions}); Cockpit's pages show runtime state (READ_INSTANCE). Migration step at
 * every start, after {@link AccessRules}: grants written by earlier releases lose READ_HISTORY.
 */
@Component
@Order(6)
class HistoryReadRules implements ApplicationRunner {

	static final List<String> GROUPS = List.of(Groups.SOURCING_MANAGERS, Groups.EXECUTIVES,
			Groups.PARTNERSHIP_REVIEWERS, Groups.PARTNER_REPRESENTATIVES);

	private final AuthorizationService authorizations;

	HistoryReadRules(AuthorizationService authorizations) {
		this.authorizations = authorizations;
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
	}

}
