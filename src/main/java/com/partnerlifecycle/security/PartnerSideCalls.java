package com.partnerlifecycle.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.partnerlifecycle.common.People;
import com.partnerlifecycle.common.Groups;

/**
 * The engine calls a partner-side user may make, at both doors of the engine API: exactly
 * those Tasklist makes for the user's own tasks (seen in the requests of Tasklist's
 * representative journeys, {@code TasklistJourneyTest}). The engine's authorizations then
 * decide which filters, tasks and definitions answer. Everything else (statistics, job
 * definitions, metrics, other users and groups, history, deployments, starting
 * processes...) answers 403: the engine's authorizations cannot filter much of it.
 * <p>
 * Paths are under the engine's root ({@code /engine-rest} or
 * {@code /camunda/api/engine/engine/{name}}); {@code {id}} is one path segment.
 */
final class PartnerSideCalls {

	/**
	 * One allowed call: method, path template, and why Tasklist needs it. In the template
	 * {@code {id}} stands for any one segment, {@code {self}} for the caller's own user
	 * id, {@code {definition}} for a process definition id ({@code key:version:uuid},
	 * never a word such as {@code statistics}). A call with a {@code taskParameter}
	 * passes only with that query parameter naming a task the caller may read
	 * ({@link EngineCallRights}).
	 */
	record Call(String method, String template, String taskParameter, String reason) {

		boolean matches(String method, String path, String userId) {
			return matches(method, path, userId, null);
		}

		/**
		 * With {@code {task}} in the template standing for this one task id (a link
		 * session's).
		 */
		boolean matches(String method, String path, String userId, String taskId) {
			if (!this.method.equals(method)) {
				return false;
			}
			String[] expected = template.split("/", -1);
			String[] actual = path.split("/", -1);
			if (expected.length != actual.length) {
				return false;
			}
			for (int i = 0; i < expected.length; i++) {
				boolean segment = switch (expected[i]) {
					case "{id}" -> !actual[i].isEmpty();
					case "{self}" -> actual[i].equals(userId);
					case "{task}" -> taskId != null && actual[i].equals(taskId);
					case "{definition}" -> DEFINITION_ID.matcher(actual[i]).matches();
					default -> expected[i].equals(actual[i]);
				};
				if (!segment) {
					return false;
				}
			}
			return true;
		}

	}

	private static final Pattern DEFINITION_ID = Pattern.compile("[^/:]+:[0-9]+:[^/]+");

	static final List<Call> ALLOWED = List.of(call("GET", "/engine", "Tasklist lists the engines before anything else"),
			call("GET", "/user/{self}/profile",
					"the user's own name in Tasklist's header (only the caller's own profile)"),
			call("OPTIONS", "/filter", "Tasklist asks whether the user may create filters (the engine answers no)"),
			call("GET", "/filter", "the filters the user may read (FILTER READ on the partner's filter)"),
			call("GET", "/filter/count", "the number of those filters"),
			call("GET", "/filter/{id}", "one readable filter"),
			call("POST", "/filter/{id}/list",
					"the tasks of a readable filter, as the engine's task query lets the user see them"),
			call("GET", "/filter/{id}/list", "the same, asked by GET"),
			call("POST", "/filter/{id}/count", "the count shown beside the focused filter"),
			call("GET", "/filter/{id}/count", "the same, asked by GET"),
			call("GET", "/task", "after a submission Tasklist looks for the user's next task in the same instance"),
			call("GET", "/task/{id}", "the task's details (READ on the task)"),
			call("GET", "/task/{id}/form", "which form the task has"),
			call("GET", "/task/{id}/deployed-form", "the Camunda Form of the task"),
			call("GET", "/task/{id}/form-variables", "the values the form shows"),
			call("POST", "/task/{id}/claim", "claiming the task (TASK_WORK)"),
			call("POST", "/task/{id}/submit-form",
					"submitting the form (TASK_WORK, checked against the form's fields)"),
			call("GET", "/task/{id}/identity-links", "the task's candidate groups in its details"),
			call("GET", "/task/{id}/comment",
					"the task's comments (only of a task the user may read: EngineCallRights)"),
			call("POST", "/task/{id}/comment/create", "commenting on the task (same rule)"),
			call("GET", "/process-definition/{definition}", "the task's process name (READ on the definition)"),
			call("GET", "/process-definition/{definition}/xml", "the task's diagram tab"),
			call("GET", "/history/user-operation", "taskId", "the task's History tab: who claimed or completed it"),
			call("GET", "/history/user-operation/count", "taskId", "the same tab's page count"));

	/** Groups whose members are buyer-side or operators: never restricted here. */
	private static final Set<String> UNRESTRICTED = Set.of(Groups.SOURCING_MANAGERS, Groups.PARTNERSHIP_REVIEWERS,
			Groups.EXECUTIVES, Groups.CAMUNDA_ADMIN);

	private PartnerSideCalls() {
	}

	/**
	 * A member of {@code partner-representatives} or of a partner's group
	 * {@code partner-<id>}, and of no buyer group nor {@code camunda-admin}.
	 */
	static boolean isPartnerSide(List<String> groups) {
		return groups.stream().noneMatch(UNRESTRICTED::contains)
				&& groups.stream().anyMatch(People::isPartnerSideGroup);
	}

	/**
	 * The entry for this call (path under the engine's root, slashes collapsed) and user,
	 * if it is on the list.
	 */
	static Optional<Call> find(String method, String path, String userId) {
		return ALLOWED.stream().filter(call -> call.matches(method, path, userId)).findFirst();
	}

	private static Call call(String method, String template, String reason) {
		return new Call(method, template, null, reason);
	}

	private static Call call(String method, String template, String taskParameter, String reason) {
		return new Call(method, template, taskParameter, reason);
	}

}
