package com.partnerlifecycle.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.web.EngineDoors;

/**
 * Issue 25.1: what a person waits for. The browser test {@code UserActionCallsTest}
 * records the calls Tasklist and Cockpit make when a user opens a task, completes it,
 * opens the Partnerships dashboard and a partner's view
 * (src/test/resources/benchmark/user-action-calls.tsv, ids as placeholders); this class
 * replays them, one after the other, with the session of a web-app login, as that user.
 * {@link TasklistDriver} completes every task of a product lifecycle this way and times
 * each action per task.
 */
final class UserActions {

	static final String OPEN_TASK = "open-task";

	static final String COMPLETE_TASK = "complete-task";

	static final String DASHBOARD = "dashboard";

	static final String PARTNER_VIEW = "partner-view";

	static final String RECORDING = "/benchmark/user-action-calls.tsv";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+\\}");

	/** One recorded call: the action it belongs to, and what the browser sent. */
	record Call(String action, String method, String path, String body) {
	}

	private final EngineDoors doors;

	private final Map<String, List<Call>> calls;

	UserActions(int port) {
		this.doors = new EngineDoors(port);
		this.calls = recording();
	}

	/** The recorded calls by action, in the order the browser sent them. */
	static Map<String, List<Call>> recording() {
		Map<String, List<Call>> calls = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(UserActions.class.getResourceAsStream(RECORDING), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				calls.computeIfAbsent(fields[0], a -> new ArrayList<>())
					.add(new Call(fields[0], fields[1], fields[2], fields.length > 3 ? fields[3] : ""));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return calls;
	}

	/**
	 * Replays the action's calls as this user with these values for the placeholders;
	 * returns the milliseconds they took, one after the other (a browser sends some in
	 * parallel: a person waits at most this long).
	 */
	double replay(String action, String user, Map<String, String> values) {
		List<Call> recorded = calls.get(action);
		if (recorded == null) {
			throw new IllegalStateException(RECORDING + " has no calls for " + action);
		}
		EngineDoors.Caller caller = doors.as(user, EngineDoors.Door.WEBAPP);
		caller.getFromRoot("/camunda/api/admin/auth/user/default"); // the login, not
																	// timed
		long start = System.nanoTime();
		for (Call call : recorded) {
			String path = fill(call.path(), values);
			String body = fill(call.body(), values);
			HttpResponse<String> response = caller.sendFromRoot(call.method(), path,
					body.isEmpty() ? null : "application/json",
					body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
			if (response.statusCode() >= 400) {
				throw new IllegalStateException(action + ": " + call.method() + " " + path + " answered "
						+ response.statusCode() + ": " + response.body());
			}
		}
		return (System.nanoTime() - start) / 1e6;
	}

	private static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = matcher.group().equals("{now}") ? Long.toString(System.currentTimeMillis())
					: values.get(matcher.group());
			if (value == null) {
				throw new IllegalStateException("no value for " + matcher.group() + " in " + template);
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * Completes each task as its user in Tasklist would: opens it (timed), then claims
	 * and submits its form and waits until the next task the user expects exists (timed:
	 * the recorded calls, then the async steps in between, which the harness executes at
	 * once since the in-process job executor is off). Per task name: the open and
	 * complete times in ms.
	 */
	static final class TasklistDriver extends ProcessDriver {

		final Map<String, Stats> open = new LinkedHashMap<>();

		final Map<String, Stats> complete = new LinkedHashMap<>();

		private final UserActions actions;

		private final IdentityService identityService;

		private final FilterService filterService;

		private final TaskService taskService;

		private final RuntimeService runtimeService;

		private final RepositoryService repositoryService;

		private final Map<String, String> filters = new LinkedHashMap<>();

		private boolean timing = true;

		TasklistDriver(ApplicationContext context, UserActions actions) {
			super(context.getBean(TaskService.class), context.getBean(FormService.class),
					context.getBean(IdentityService.class), context.getBean(RuntimeService.class),
					context.getBean(ManagementService.class));
			this.actions = actions;
			this.identityService = context.getBean(IdentityService.class);
			this.filterService = context.getBean(FilterService.class);
			this.taskService = context.getBean(TaskService.class);
			this.runtimeService = context.getBean(RuntimeService.class);
			this.repositoryService = context.getBean(RepositoryService.class);
		}

		/** A warm-up lifecycle is driven the same way, its times not kept. */
		void timing(boolean timing) {
			this.timing = timing;
		}

		@Override
		public void complete(Task task, String userId, Map<String, Object> formValues) {
			String partnerId = runtimeService.createProcessInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.singleResult()
				.getBusinessKey();
			Map<String, String> values = new LinkedHashMap<>();
			values.put("{taskId}", task.getId());
			values.put("{processInstanceId}", task.getProcessInstanceId());
			values.put("{processDefinitionId}", task.getProcessDefinitionId());
			values.put("{executionId}", task.getExecutionId());
			values.put("{deploymentId}",
					repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId());
			values.put("{userId}", userId);
			values.put("{partnerId}", partnerId);
			values.put("{filterId}", filterOf(task, userId));
			values.put("{formBody}", EngineDoors.variables(formValues));
			double opened = actions.replay(OPEN_TASK, userId, values);
			long start = System.nanoTime();
			actions.replay(COMPLETE_TASK, userId, values);
			executeDueJobs(partnerId);
			double completed = (System.nanoTime() - start) / 1e6;
			if (timing) {
				open.computeIfAbsent(task.getName(), n -> new Stats()).add(opened);
				complete.computeIfAbsent(task.getName(), n -> new Stats()).add(completed);
			}
		}

		/**
		 * The filter of the user's Tasklist that shows the task, the one the user found
		 * it in (and whose list Tasklist reloads after completing).
		 */
		private String filterOf(Task task, String userId) {
			return filters.computeIfAbsent(userId + " " + task.getTaskDefinitionKey(), k -> {
				List<String> groups = identityService.createGroupQuery()
					.groupMember(userId)
					.listPage(0, 100)
					.stream()
					.map(org.camunda.bpm.engine.identity.Group::getId)
					.toList();
				identityService.setAuthentication(userId, groups);
				try {
					List<Filter> visible = filterService.createTaskFilterQuery()
						.orderByFilterId()
						.asc()
						.listPage(0, 100);
					return visible.stream()
						.filter(f -> filterService.count(f.getId(),
								taskService.createTaskQuery().taskId(task.getId())) > 0)
						.findFirst()
						.or(() -> visible.stream().findFirst())
						.orElseThrow(() -> new IllegalStateException(userId + " sees no Tasklist filter"))
						.getId();
				}
				finally {
					identityService.clearAuthentication();
				}
			});
		}

	}

}
