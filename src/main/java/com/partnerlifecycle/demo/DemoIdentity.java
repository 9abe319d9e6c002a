package com.partnerlifecycle.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.config.AccessRules;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerGroups;
import com.partnerlifecycle.partner.TaskCards;
import com.partnerlifecycle.pilot.PilotProcess;

/**
 * Demo groups, users (password "demo") and one Tasklist filter per group; creates only
 * what is missing.
 */
@Component
public class DemoIdentity {

	public static final String PASSWORD = "demo";

	record DemoUser(String id, String firstName, String lastName, List<String> groups) {

		DemoUser(String id, String firstName, String lastName, String group) {
			this(id, firstName, lastName, List.of(group));
		}
	}

	static final List<DemoUser> USERS = List.of(new DemoUser("sofia", "Sofia", "Lind", Groups.SOURCING_MANAGERS),
			new DemoUser("samuel", "Samuel", "Berg", Groups.SOURCING_MANAGERS),
			// both roles: she entered Contoso's evaluation, so the gate refuses her
			// decision (four eyes)
			new DemoUser("nina", "Nina", "Falk", List.of(Groups.SOURCING_MANAGERS, Groups.PARTNERSHIP_REVIEWERS)),
			new DemoUser("rita", "Rita", "Moreau", Groups.PARTNERSHIP_REVIEWERS),
			new DemoUser("raj", "Raj", "Patel", Groups.PARTNERSHIP_REVIEWERS),
			new DemoUser("erik", "Erik", "Holm", Groups.EXECUTIVES),
			new DemoUser("eva", "Eva", "Novak", Groups.EXECUTIVES),
			new DemoUser("paula", "Paula", "Quinn", Groups.PARTNER_REPRESENTATIVES),
			new DemoUser("tom", "Tom", "Tailor", Groups.PARTNER_REPRESENTATIVES),
			new DemoUser("lena", "Lena", "Larsen", Groups.PARTNER_REPRESENTATIVES));

	private static final Map<String, String> GROUP_NAMES = Map.of(Groups.SOURCING_MANAGERS, "Sourcing managers",
			Groups.PARTNERSHIP_REVIEWERS, "Partnership reviewers", Groups.EXECUTIVES, "Executives",
			Groups.PARTNER_REPRESENTATIVES, "Partner representatives", Groups.CAMUNDA_ADMIN, "Camunda administrators");

	private final IdentityService identityService;

	private final FilterService filterService;

	private final TaskService taskService;

	private final AccessRules accessRules;

	private final PartnerGroups partnerGroups;

	DemoIdentity(IdentityService identityService, FilterService filterService, TaskService taskService,
			AccessRules accessRules, PartnerGroups partnerGroups) {
		this.partnerGroups = partnerGroups;
		this.identityService = identityService;
		this.filterService = filterService;
		this.taskService = taskService;
		this.accessRules = accessRules;
	}

	public void create() {
		GROUP_NAMES.forEach((id, name) -> {
			if (identityService.createGroupQuery().groupId(id).count() == 0) {
				Group group = identityService.newGroup(id);
				group.setName(name);
				group.setType("WORKFLOW");
				identityService.saveGroup(group);
			}
		});
		for (DemoUser demo : USERS) {
			if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
				User user = identityService.newUser(demo.id());
				user.setFirstName(demo.firstName());
				user.setLastName(demo.lastName());
				user.setEmail(demo.id() + "@buyer.example");
				user.setPassword(PASSWORD);
				identityService.saveUser(user);
				demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
			}
		}
		// each group's first filter is its work filter: everything it may do, due first
		filter(Groups.SOURCING_MANAGERS, "Sourcing tasks",
				"Plan pilots, assess results, enter evaluations, draft agreements", 1, "#3b7ddd",
				taskService.createTaskQuery().taskCandidateGroup(Groups.SOURCING_MANAGERS).includeAssignedTasks());
		filter(Groups.PARTNERSHIP_REVIEWERS, "Reviewer tasks", "Everything waiting for a partnership reviewer", 2,
				"#8e44ad",
				taskService.createTaskQuery().taskCandidateGroup(Groups.PARTNERSHIP_REVIEWERS).includeAssignedTasks());
		filter(Groups.PARTNERSHIP_REVIEWERS, "Pilot results to approve", "Assessed pilots waiting for a reviewer", 3,
				"#8e44ad",
				taskService.createTaskQuery()
					.taskCandidateGroup(Groups.PARTNERSHIP_REVIEWERS)
					.taskDefinitionKey(PilotProcess.APPROVE_PILOT_RESULTS)
					.includeAssignedTasks());
		filter(Groups.PARTNERSHIP_REVIEWERS, "Gate decisions", "Evaluation gates waiting for a reviewer's decision", 4,
				"#d35400",
				taskService.createTaskQuery()
					.taskCandidateGroup(Groups.PARTNERSHIP_REVIEWERS)
					.taskDefinitionKey(LifecycleProcess.DECIDE_GATE)
					.includeAssignedTasks());
		filter(Groups.EXECUTIVES, "Executive decisions",
				"Agreements to sign, review outcomes, renewals and summit proposals", 5, "#27ae60",
				taskService.createTaskQuery().taskCandidateGroup(Groups.EXECUTIVES).includeAssignedTasks());
	}

	/**
	 * Makes the demo user a representative of the partner: a member of its group
	 * partner-<id>.
	 */
	public void representative(String userId, String partnerId) {
		String group = partnerGroups.of(partnerId);
		if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
			identityService.createMembership(userId, group);
		}
	}

	/**
	 * Creates the filter, or brings one of an earlier start to today's order and card
	 * variables.
	 */
	private void filter(String group, String name, String description, int priority, String color, TaskQuery query) {
		Map<String, Object> properties = Map.of("description", description, "priority", priority, "color", color,
				"refresh", true, "variables", List.of(Map.of("name", TaskCards.PARTNER, "label", "Partner"),
						Map.of("name", TaskCards.STAGE, "label", "Stage")));
		Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
		if (existing != null) {
			// no order of its own: the sort Tasklist shows ("Created", newest first) is
			// the one it lists by
			filterService.saveFilter(existing.setQuery(query).setProperties(new java.util.HashMap<>(properties)));
			accessRules.grantFilterRead(group, existing); // filters made before
															// authorization was on
			return;
		}
		Filter filter = filterService.newTaskFilter(name)
			.setOwner(null)
			.setQuery(query)
			.setProperties(new java.util.HashMap<>(properties));
		accessRules.grantFilterRead(group, filterService.saveFilter(filter));
	}

}
