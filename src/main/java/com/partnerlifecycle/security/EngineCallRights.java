package com.partnerlifecycle.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.partnerlifecycle.common.Groups;

/**
 * Rights the engine's authorizations do not hold, checked at both doors of the engine API
 * (registered by {@link EngineApiDoors} after {@link EngineApiGuard}):
 * <ul>
 * <li><b>Comments and attachments</b> have no authorization check in the engine (its REST
 * layer only asks whether the task is in the history). Reading or adding them on a task
 * is for whoever may read that task: the engine's own task query under the caller's
 * authentication must return it (for reading the comments of a task that has ended, the
 * history's task query under the caller's authentication). Changing or deleting them, and
 * every call on a process instance's comments, is for {@code camunda-admin}.</li>
 * <li><b>Partner-side users</b> ({@link PartnerSideCalls#isPartnerSide}) may make only
 * the calls Tasklist makes for their tasks ({@link PartnerSideCalls#ALLOWED}): the engine
 * cannot filter metadata such as statistics, job definitions, metrics, other users'
 * groups.</li>
 * <li>A call on a task that does not exist answers 404 ({@link #missingTask}).</li>
 * </ul>
 * A refusal answers 403 (404 for a task that does not exist) with a JSON {@code type} and
 * {@code message}; nothing reaches the engine.
 */
class EngineCallRights extends OncePerRequestFilter {

	static final String COMMENTS_OF_READABLE_TASKS = "comments and attachments are for those who may read the task";

	static final String COMMENTS_CHANGED_BY_ADMINS = "comments and attachments are changed or deleted by camunda-admin only";

	static final String PARTNER_SIDE_REFUSED = "this engine call is not open to partner-side users";

	static final String LINK_SESSION_REFUSED = "a link session may only show and complete its own task";

	/** A task's comments or attachments: list, one of them, its data, create. */
	private static final Pattern TASK_COMMENTS = Pattern.compile("^/task/([^/]+)/(?:comment|attachment)(/.*)?$");

	/**
	 * Updating a comment or attachment of a task, or any call on a process instance's
	 * comments.
	 */
	private static final Pattern ADMIN_COMMENTS = Pattern
		.compile("^/task/(?:comment|attachment)(?:/.*)?$|^/process-instance/(?:[^/]+/)?comment(?:/.*)?$");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final IdentityService identityService;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final String webappEngineApi;

	EngineCallRights(IdentityService identityService, TaskService taskService, HistoryService historyService,
			String webappEngineApi) {
		this.identityService = identityService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.webappEngineApi = webappEngineApi;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EngineCaller caller = EngineCaller.of(request, identityService, webappEngineApi);
		if (caller.authentication() == null) {
			chain.doFilter(request, response); // the door's own authentication answers
			return;
		}
		if (LinkSession.isContactUser(caller.authentication().getUserId()) && refusal(request, caller) != null) { // before
																													// the
																													// 404:
																													// a
																													// link
																													// session
																													// learns
																													// nothing
																													// of
																													// other
																													// tasks
			answer(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", LINK_SESSION_REFUSED);
			return;
		}
		String missing = missingTask(caller);
		if (missing != null) {
			answer(response, HttpServletResponse.SC_NOT_FOUND, "NotFound", missing);
			return;
		}
		String refusal = refusal(request, caller);
		if (refusal != null) {
			answer(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The engine API's error shape: a JSON {@code type} and {@code message}. */
	private static void answer(HttpServletResponse response, int status, String type, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(Map.of("type", type, "message", message)));
	}

	/**
	 * A call on one task: its id, then what of it. Not the task collection's own paths.
	 */
	private static final Pattern TASK_CALL = Pattern
		.compile("^/task/(?!(?:count|create|report|comment|attachment)(?:/|$))([^/]+)(/.*)?$");

	/**
	 * "No matching task with id …" for a call on a task that does not exist at runtime,
	 * as the engine answers {@code GET /task/{id}}: its other resources answered 500 for
	 * such a task (claim, delegate, variables, identity links, the deployed form).
	 * Comments and attachments of an ended task are read from the history, so they pass
	 * on to {@link #refusal}.
	 */
	String missingTask(EngineCaller caller) {
		Matcher call = TASK_CALL.matcher(caller.path());
		if (!call.matches() || TASK_COMMENTS.matcher(caller.path()).matches()) {
			return null;
		}
		String taskId = call.group(1);
		return ended(taskId) ? "No matching task with id " + taskId : null;
	}

	/** Why this call is refused to this caller, or null if it passes on to the engine. */
	String refusal(HttpServletRequest request, EngineCaller caller) {
		String method = request.getMethod();
		List<String> groups = caller.groups();
		boolean admin = groups.contains(Groups.CAMUNDA_ADMIN);
		String userId = caller.authentication().getUserId();
		if (LinkSession.isContactUser(userId)) {
			LinkSession session = LinkSession.of(request);
			boolean allowed = session != null && session.userId().equals(userId)
					&& ContactCalls.find(method, caller.path(), userId, session.taskId()).isPresent();
			return allowed ? null : LINK_SESSION_REFUSED;
		}
		if (PartnerSideCalls.isPartnerSide(groups)) {
			Optional<PartnerSideCalls.Call> allowed = PartnerSideCalls.find(method, caller.path(),
					caller.authentication().getUserId());
			if (allowed.isEmpty()) {
				return PARTNER_SIDE_REFUSED;
			}
			String taskParameter = allowed.get().taskParameter();
			if (taskParameter != null) {
				String[] taskIds = request.getParameterValues(taskParameter);
				if (taskIds == null || taskIds.length != 1 || taskIds[0].isBlank()
						|| !mayRead(caller.authentication(), taskIds[0], true)) {
					return PARTNER_SIDE_REFUSED;
				}
			}
		}
		if (ADMIN_COMMENTS.matcher(caller.path()).matches()) {
			return admin ? null : COMMENTS_CHANGED_BY_ADMINS;
		}
		Matcher taskComments = TASK_COMMENTS.matcher(caller.path());
		if (taskComments.matches()) {
			String taskId = taskComments.group(1);
			boolean create = "POST".equals(method) && "/create".equals(taskComments.group(2));
			boolean read = "GET".equals(method) || "HEAD".equals(method);
			if (!create && !read) {
				return admin ? null : COMMENTS_CHANGED_BY_ADMINS;
			}
			return mayRead(caller.authentication(), taskId, read) ? null : COMMENTS_OF_READABLE_TASKS;
		}
		return null;
	}

	/**
	 * The engine's task query returns the task to the caller; for a read of a task that
	 * has ended, the history's task query does.
	 */
	private boolean mayRead(Authentication caller, String taskId, boolean read) {
		return as(caller, () -> taskService.createTaskQuery().taskId(taskId).count() == 1) || read && ended(taskId)
				&& as(caller, () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() == 1);
	}

	/** No such task at runtime, whoever asks: it has ended (or never was). */
	private boolean ended(String taskId) {
		return as(null, () -> taskService.createTaskQuery().taskId(taskId).count() == 0);
	}

	/**
	 * Asks the engine as the caller; the thread's authentication is put back afterwards.
	 */
	private boolean as(Authentication caller, BooleanSupplier question) {
		Authentication before = identityService.getCurrentAuthentication();
		if (caller == null) {
			identityService.clearAuthentication();
		}
		else {
			identityService.setAuthentication(caller);
		}
		try {
			return question.getAsBoolean();
		}
		finally {
			if (before == null) {
				identityService.clearAuthentication();
			}
			else {
				identityService.setAuthentication(before);
			}
		}
	}

}
