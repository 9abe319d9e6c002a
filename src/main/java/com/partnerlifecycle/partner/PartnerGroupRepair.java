package com.partnerlifecycle.partner;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.config.AccessRules;
import com.partnerlifecycle.common.Groups;

/**
 * Start-up repair of partners whose group is a role: before registration refused it, a
 * partner named "Representatives" got the id {@code representatives} and the group
 * {@code partner-representatives}, which every representative belongs to, so its
 * provider-side tasks and its record were open to every partner's people.
 * <p>
 * Such a partner gets a group of its own, {@code partner-<id>-<n>} (the first that exists
 * nowhere), stored with it; its Tasklist filter and its open tasks move to that group,
 * and the role keeps none of their grants. The new group is empty: who of the role's
 * members represent this partner is not recorded anywhere, so an admin adds them (the
 * repair logs a warning per partner; docs/operations.md). Idempotent, and one indexed
 * query when there is nothing to do.
 */
@Component
@Order(7)
class PartnerGroupRepair implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(PartnerGroupRepair.class);

	/** Open tasks moved per partner: far more than one partner has open at once. */
	static final int MAX_TASKS = 1000;

	private final PartnerRepository partners;

	private final IdentityService identityService;

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizations;

	private final AccessRules accessRules;

	PartnerGroupRepair(PartnerRepository partners, IdentityService identityService, FilterService filterService,
			TaskService taskService, AuthorizationService authorizations, AccessRules accessRules) {
		this.partners = partners;
		this.identityService = identityService;
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizations = authorizations;
		this.accessRules = accessRules;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Partner partner : partners.findByGroupIdIn(Groups.RESERVED)) {
			repair(partner);
		}
	}

	private void repair(Partner partner) {
		String role = partner.getGroupId();
		String own = freeGroup(partner.getId());
		Group group = identityService.newGroup(own);
		group.setName(partner.getName() + " representatives");
		group.setType("PARTNER");
		identityService.saveGroup(group);
		partner.moveToGroup(own);
		partners.saveAndFlush(partner);

		Filter filter = filterService.createFilterQuery()
			.filterName(partner.getName() + " — partner tasks")
			.singleResult();
		if (filter != null) {
			filter.setQuery(taskService.createTaskQuery().taskCandidateGroup(own).includeAssignedTasks());
			filterService.saveFilter(filter);
			revoke(role, Resources.FILTER, filter.getId());
			accessRules.grantFilterRead(own, filter);
		}
		List<Task> tasks = taskService.createTaskQuery()
			.taskCandidateGroup(role)
			.processInstanceBusinessKey(partner.getId())
			.includeAssignedTasks()
			.listPage(0, MAX_TASKS);
		for (Task task : tasks) {
			taskService.deleteCandidateGroup(task.getId(), role);
			taskService.addCandidateGroup(task.getId(), own);
			revoke(role, Resources.TASK, task.getId());
			accessRules.grantTaskWork(own, task.getId());
		}
		LOG.warn(
				"Partner {} had the group {}, a role: its group is now {} ({} open tasks and its Tasklist filter moved)."
						+ " Add its representatives to {}.",
				partner.getId(), role, own, tasks.size(), own);
	}

	/**
	 * {@code partner-<id>-<n>}, the first n from 2 that is no role, no group and no
	 * partner's group.
	 */
	private String freeGroup(String partnerId) {
		for (int n = 2;; n++) {
			String candidate = Groups.forNewPartner(partnerId) + "-" + n;
			if (!Groups.RESERVED.contains(candidate) && !partners.existsByGroupId(candidate)
					&& identityService.createGroupQuery().groupId(candidate).count() == 0) {
				return candidate;
			}
		}
	}

	private void revoke(String group, Resource resource, String resourceId) {
		for (Authorization grant : authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.listPage(0, 10)) {
			authorizations.deleteAuthorization(grant.getId());
		}
	}

}
