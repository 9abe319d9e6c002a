package com.partnerlifecycle.security;

import java.util.List;
import java.util.Optional;

/**
 * The engine calls a link session may make ({@link LinkSession}): what Tasklist needs to
 * show and complete the session's one task, {@code {task}}, at the web apps' door (a
 * contact's user cannot sign in at {@code /engine-rest}). Narrower than
 * {@link PartnerSideCalls}: no filters' tasks, no other task, no history, no comments.
 * The engine's authorizations then decide what answers (the contact's user holds READ and
 * TASK_WORK on that task only).
 */
final class ContactCalls {

	static final List<PartnerSideCalls.Call> ALLOWED = List.of(
			call("GET", "/engine", "Tasklist lists the engines before anything else"),
			call("GET", "/user/{self}/profile", "the contact's own name in Tasklist's header"),
			call("OPTIONS", "/filter", "Tasklist asks whether the user may create filters (the engine answers no)"),
			call("GET", "/filter", "Tasklist lists the user's filters: a contact has none"),
			call("GET", "/filter/count", "the number of those filters (0)"),
			call("GET", "/task", "after a submission Tasklist looks for the user's next task: none is visible"),
			call("GET", "/task/{task}", "the task's details"),
			call("GET", "/task/{task}/form", "which form the task has"),
			call("GET", "/task/{task}/deployed-form", "the Camunda Form of the task"),
			call("GET", "/task/{task}/form-variables", "the values the form shows"),
			call("POST", "/task/{task}/claim", "claiming the task (TASK_WORK)"),
			call("POST", "/task/{task}/submit-form", "submitting the form (TASK_WORK, bound to the form's contract)"),
			call("GET", "/task/{task}/identity-links", "the task's candidate groups in its details"),
			call("GET", "/process-definition/{definition}", "the task's process name (answered only for READ)"));

	private ContactCalls() {
	}

	static Optional<PartnerSideCalls.Call> find(String method, String path, String userId, String taskId) {
		return ALLOWED.stream().filter(call -> call.matches(method, path, userId, taskId)).findFirst();
	}

	private static PartnerSideCalls.Call call(String method, String template, String reason) {
		return new PartnerSideCalls.Call(method, template, null, reason);
	}

}
