package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.web.EngineDoors.Caller;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * What holds at both doors of the engine API ({@link EngineDoors}): business users work
 * on tasks (claim, submit the form) but write no variables, dates or groups; no body over
 * 256 KB is read; a task is completed with variables only through its form; a refused
 * form answers 400 with the field.
 */
@WebAppTest
class EngineApiDoorsTest extends DoorTest {

	static final String STRING_X = "{\"value\":\"smuggled\",\"type\":\"String\"}";

	static final String COMPLETE_BY_FORM = "business users complete a task by submitting its form (submit-form)";

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	/**
	 * A new partner's "Plan the pilot projects": candidate group sourcing-managers
	 * (sofia).
	 */
	Task planPilotsTask() {
		return driver.openTask(lifecycles.register(), LifecycleProcess.PLAN_PILOTS);
	}

	static void assertAuthorizationRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.body()).contains("\"type\":\"AuthorizationException\"");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldLetACandidateClaimButWriteNoVariable(Door door) {
		Task task = planPilotsTask();
		String id = task.getId();
		Caller sofia = doors.as("sofia", door);

		assertThat(sofia.post("/task/" + id + "/claim", "{\"userId\":\"sofia\"}").statusCode()).isEqualTo(204);

		assertAuthorizationRefused(sofia.put("/task/" + id + "/variables/x", STRING_X));
		assertAuthorizationRefused(
				sofia.post("/task/" + id + "/variables", "{\"modifications\":{\"x\":" + STRING_X + "}}"));
		assertAuthorizationRefused(sofia.put("/task/" + id + "/localVariables/x", STRING_X));
		assertAuthorizationRefused(
				sofia.post("/task/" + id + "/localVariables", "{\"modifications\":{\"x\":" + STRING_X + "}}"));
		assertAuthorizationRefused(
				sofia.put("/process-instance/" + task.getProcessInstanceId() + "/variables/x", STRING_X));
		assertAuthorizationRefused(sofia.post("/process-instance/" + task.getProcessInstanceId() + "/variables",
				"{\"modifications\":{\"x\":" + STRING_X + "}}"));
		assertAuthorizationRefused(sofia.put("/execution/" + task.getExecutionId() + "/localVariables/x", STRING_X));
		assertThat(taskService.getVariable(id, "x")).isNull();
		assertThat(runtimeService.getVariable(task.getExecutionId(), "x")).isNull();
	}

	/**
	 * What Tasklist offers beside claim and submit, now for admins only
	 * (docs/operations.md).
	 */
	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldLeaveDatesGroupsAndAssigneesToAdmins(Door door) {
		Task task = planPilotsTask();
		String id = task.getId();
		Caller sofia = doors.as("sofia", door);
		assertThat(sofia.post("/task/" + id + "/claim", "{\"userId\":\"sofia\"}").statusCode()).isEqualTo(204);

		assertAuthorizationRefused(sofia.put("/task/" + id, "{\"name\":\"" + task.getName()
				+ "\",\"due\":\"2030-01-01T00:00:00.000+0000\",\"assignee\":\"sofia\"}"));
		assertAuthorizationRefused(
				sofia.post("/task/" + id + "/identity-links", "{\"groupId\":\"executives\",\"type\":\"candidate\"}"));
		assertAuthorizationRefused(sofia.post("/task/" + id + "/assignee", "{\"userId\":\"rita\"}"));
		assertAuthorizationRefused(sofia.post("/task/" + id + "/unclaim", null));
		assertThat(taskService.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("sofia");

		Caller admin = doors.as("admin", door);
		assertThat(admin.post("/task/" + id + "/unclaim", null).statusCode()).isEqualTo(204);
		assertThat(admin.put("/task/" + id + "/localVariables/x", STRING_X).statusCode()).isEqualTo(204);
		assertThat(taskService.getVariableLocal(id, "x")).isEqualTo("smuggled");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldBindASubmittedFormAndAnswer400NamingTheField(Door door) {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		Task task = driver.openTask(partnerId, ReviewProcess.SCHEDULE_MEETING);
		Caller sofia = doors.as("sofia", door);
		Map<String, Object> plan = new LinkedHashMap<>(FormValues.scheduleReviewMeeting(
				lifecycles.now().plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).toString(), "erik", "Pat",
				"pat@provider.example"));
		assertThat(sofia.post("/task/" + task.getId() + "/claim", "{\"userId\":\"sofia\"}").statusCode())
			.isEqualTo(204);
		Map<String, Object> withExtra = new LinkedHashMap<>(plan);
		withExtra.put("reviewDecision", "DISSOLVE");

		HttpResponse<String> refused = sofia.post("/task/" + task.getId() + "/submit-form",
				EngineDoors.variables(withExtra));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("\"type\":\"InvalidInputException\"")
			.contains("\"field\":\"reviewDecision\"")
			.contains("reviewDecision: is not a field of this form");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

		HttpResponse<String> submitted = sofia.post("/task/" + task.getId() + "/submit-form",
				EngineDoors.variables(plan));

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
		assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo("sofia");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseCompletingOrResolvingWithVariablesOutsideCamundaAdmin(Door door) {
		Task task = planPilotsTask();
		String id = task.getId();
		String withVariables = "{\"variables\":{\"pilotPhaseDecision\":{\"value\":\"SKIP\",\"type\":\"String\"}}}";
		Caller sofia = doors.as("sofia", door);
		sofia.post("/task/" + id + "/claim", "{\"userId\":\"sofia\"}");

		for (String path : new String[] { "/task/" + id + "/complete", "/task/" + id + "/resolve",
				"/task/" + id + "//complete/", "/task/" + id + "/%63omplete" }) {
			HttpResponse<String> refused = sofia.post(path, withVariables);
			assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
			assertThat(refused.body()).as(path).contains(COMPLETE_BY_FORM);
		}
		HttpResponse<String> otherCase = sofia.post("/task/" + id + "/complete",
				"{\"withVariablesInReturn\":false,\"Variables\":{\"x\":" + STRING_X + "}}");
		assertThat(otherCase.statusCode()).isEqualTo(403);
		HttpResponse<String> notJson = sofia.post("/task/" + id + "/complete", "{\"variables\":{\"x\":");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(notJson.body()).contains("must be one JSON object");
		HttpResponse<String> chunked = sofia.send("POST", "/task/" + id + "/complete", "application/json",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(withVariables.getBytes())));
		assertThat(chunked.statusCode()).isEqualTo(403);
		assertThat(taskService.createTaskQuery().taskId(id).count()).isEqualTo(1);

		// without variables the call reaches the engine (which asks for the form: nothing
		// was submitted)
		HttpResponse<String> empty = sofia.post("/task/" + id + "/complete", "{\"variables\":{}}");
		assertThat(empty.body()).doesNotContain(COMPLETE_BY_FORM);
		// rita is no candidate: the engine answers, not the guard
		assertThat(doors.as("rita", door).post("/task/" + id + "/claim", "{\"userId\":\"rita\"}").statusCode())
			.isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldLetAnAdminCompleteWithVariables(Door door) {
		Task task = planPilotsTask();

		HttpResponse<String> byAdmin = doors.as("admin", door)
			.post("/task/" + task.getId() + "/resolve", "{\"variables\":{\"x\":" + STRING_X + "}}");

		assertThat(byAdmin.body()).doesNotContain(COMPLETE_BY_FORM);
		assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
		assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "x")).isEqualTo("smuggled");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldAnswer413ToABodyOver256KbBeforeReadingIt(Door door) {
		Task task = planPilotsTask();
		Caller sofia = doors.as("sofia", door);
		byte[] large = ("{\"variables\":{\"x\":{\"value\":\"" + "a".repeat(300 * 1024) + "\",\"type\":\"String\"}}}")
			.getBytes();

		HttpResponse<String> declared = sofia.send("POST", "/task/" + task.getId() + "/submit-form", "application/json",
				BodyPublishers.ofByteArray(large));
		HttpResponse<String> chunked = sofia.send("POST", "/task/" + task.getId() + "/submit-form", "application/json",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));

		for (HttpResponse<String> response : Arrays.asList(declared, chunked)) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).contains("\"message\":\"the request body is over 256 KB\"");
		}
		// a chunked body under the limit is passed on whole
		HttpResponse<String> small = sofia.send("POST", "/task/" + task.getId() + "/claim", "application/json",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{\"userId\":\"sofia\"}".getBytes())));
		assertThat(small.statusCode()).as(small.body()).isEqualTo(204);
		assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("sofia");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldAnswer400NamingAPagingParameterThatIsNoCount(Door door) {
		Caller sofia = doors.as("sofia", door);

		for (String query : new String[] { "firstResult=-5", "maxResults=-5", "maxResults=abc", "firstResult=",
				"maxResults=2001", "firstResult=1e3", "maxResults=%2D1" }) {
			String name = query.substring(0, query.indexOf('='));
			for (HttpResponse<String> response : Arrays.asList(sofia.get("/task?" + query),
					sofia.get("/process-instance?" + query), sofia.post("/task?" + query, "{}"),
					sofia.get("/history/process-instance?sortBy=startTime&sortOrder=asc&" + query))) {
				assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(400);
				assertThat(response.body()).contains("\"message\":\"" + name + ": must be a whole number from 0");
			}
		}
		assertThat(sofia.get("/task?firstResult=2147483647&maxResults=2000").statusCode()).isEqualTo(200);
	}

	/**
	 * A call on a task or an instance that does not exist answers 404 with the reason,
	 * never 500.
	 */
	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldAnswer404ForATaskOrInstanceThatDoesNotExist(Door door) {
		Caller sofia = doors.as("sofia", door);
		String body = "{\"userId\":\"sofia\"}";
		java.util.List<HttpResponse<String>> answers = java.util.List.of(sofia.get("/task/no-such-task"),
				sofia.get("/task/no-such-task/variables"), sofia.get("/task/no-such-task/localVariables"),
				sofia.get("/task/no-such-task/identity-links"), sofia.get("/task/no-such-task/deployed-form"),
				sofia.get("/task/no-such-task/rendered-form"), sofia.get("/task/no-such-task/form-variables"),
				sofia.post("/task/no-such-task/claim", body), sofia.post("/task/no-such-task/delegate", body),
				sofia.post("/task/no-such-task/complete", "{}"), sofia.post("/task/no-such-task/submit-form", "{}"),
				sofia.put("/task/no-such-task/localVariables/x", "{\"value\":1}"),
				sofia.get("/process-instance/no-such-instance/variables"),
				sofia.get("/execution/no-such-execution/localVariables"));

		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.request().uri() + " " + answer.body()).isEqualTo(404);
			assertThat(answer.body()).as(answer.request().uri().toString())
				.containsPattern("(?i)no matching task|doesn't exist|does not exist");
		}
		// what the task collection offers is still there
		assertThat(sofia.get("/task/count").statusCode()).isEqualTo(200);
	}

	/**
	 * Cockpit asks for a definition's versions without paging; under the engine's result
	 * limit that answered 400 "An unbound number of results is forbidden!". Bounded at
	 * the door, the list answers, newest first.
	 */
	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldAnswerAnUnpagedListUpToTheResultLimit(Door door) throws Exception {
		HttpResponse<String> versions = doors.as("sofia", door)
			.get("/process-definition?key=" + ReviewProcess.KEY + "&sortBy=version&sortOrder=desc");

		assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
		com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(versions.body());
		assertThat(list.size()).isGreaterThanOrEqualTo(1);
		assertThat(list.get(0).path("key").asText()).isEqualTo(ReviewProcess.KEY);
		// paged and counted requests are left as they are
		assertThat(doors.as("sofia", door).get("/task?maxResults=1").body()).startsWith("[");
		assertThat(doors.as("sofia", door).get("/process-definition/count?key=" + ReviewProcess.KEY).body())
			.contains("\"count\":");
	}

	/**
	 * Deleting a task is for camunda-admin: anyone else gets the same 403 whether the
	 * task exists or not (the engine answered 500 for a task of a process, which also
	 * told that it exists); an admin gets 409 for a task of a process.
	 */
	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseDeletingATaskAndTellNobodyWhetherItExists(Door door) {
		Task task = planPilotsTask();

		for (String user : new String[] { "sofia", "erik", "paula" }) {
			HttpResponse<String> existing = doors.as(user, door).delete("/task/" + task.getId());
			HttpResponse<String> missing = doors.as(user, door).delete("/task/no-such-task");
			assertThat(existing.statusCode()).as(user + " " + existing.body()).isEqualTo(403);
			assertThat(missing.body()).as(user).isEqualTo(existing.body());
			assertThat(existing.body()).contains("deleting tasks is for camunda-admin");
		}
		HttpResponse<String> admin = doors.as("admin", door).delete("/task/" + task.getId());
		assertThat(admin.statusCode()).as(admin.body()).isEqualTo(409);
		assertThat(admin.body()).contains("part of a running process");
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	/**
	 * At the web apps' door the guard runs before their filters: the CSRF filter would
	 * answer 403 first.
	 */
	@Test
	void shouldGuardTheWebAppDoorBeforeItsOwnFilters() {
		byte[] large = new byte[300 * 1024];
		Arrays.fill(large, (byte) ' ');

		HttpResponse<String> response = doors.anonymous(Door.WEBAPP)
			.send("POST", "/message", "application/json",
					BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(doors.anonymous(Door.WEBAPP).post("/message", "{}").statusCode()).isIn(401, 403);
	}

	@Test
	void shouldGuardTheNamedEnginePathOfEngineRest() {
		Task task = planPilotsTask();

		HttpResponse<String> refused = doors.as("sofia", Door.ENGINE_REST)
			.post("/engine/default/task/" + task.getId() + "/complete", "{\"variables\":{\"x\":" + STRING_X + "}}");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains(COMPLETE_BY_FORM);
	}

}
