package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.web.EngineDoors.Caller;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * Comments and attachments follow the right to read the task, at both doors of the engine
 * API: the engine itself checks no right on them.
 */
@WebAppTest
class EngineCallRightsTest extends DoorTest {

	static final String COMMENTS_OF_READABLE_TASKS = "comments and attachments are for those who may read the task";

	static final String BOUNDARY = "----partnership-test-boundary";

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	/**
	 * An attachment as the engine API takes it: a multipart form with a name, a type and
	 * a URL.
	 */
	static HttpResponse<String> attach(Caller caller, String taskId) {
		String body = part("attachment-name", "minutes.pdf") + part("attachment-type", "application/pdf")
				+ part("url", "https://files.example/minutes.pdf") + "--" + BOUNDARY + "--\r\n";
		return caller.send("POST", "/task/" + taskId + "/attachment/create",
				"multipart/form-data; boundary=" + BOUNDARY, BodyPublishers.ofString(body));
	}

	private static String part(String name, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	static HttpResponse<String> comment(Caller caller, String taskId) {
		return caller.post("/task/" + taskId + "/comment/create", "{\"message\":\"by " + caller.door() + "\"}");
	}

	static void assertRefused(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"message\":\"" + message + "\"");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseASourcingManagerTheCommentsOfAReviewersAndOfARepresentativesTask(Door door) {
		String atGate = lifecycles.atTheGateRecommendingProceed();
		Task reviewersTask = driver.openTask(atGate, LifecycleProcess.DECIDE_GATE);
		String partnerId = lifecycles.active();
		lifecycles.representative(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Task representativesTask = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);
		Caller sofia = doors.as("sofia", door);

		for (Task task : new Task[] { reviewersTask, representativesTask }) {
			String id = task.getId();
			assertRefused(comment(sofia, id), COMMENTS_OF_READABLE_TASKS);
			assertRefused(sofia.get("/task/" + id + "/comment"), COMMENTS_OF_READABLE_TASKS);
			assertRefused(attach(sofia, id), COMMENTS_OF_READABLE_TASKS);
			assertRefused(sofia.get("/task/" + id + "/attachment"), COMMENTS_OF_READABLE_TASKS);
			assertThat(taskService.getTaskComments(id)).isEmpty();
			assertThat(taskService.getTaskAttachments(id)).isEmpty();
		}
		// nobody but camunda-admin changes or deletes them, nor a process instance's
		// comments
		assertRefused(sofia.delete("/task/" + reviewersTask.getId() + "/comment"),
				"comments and attachments are changed or deleted by camunda-admin only");
		assertRefused(sofia.get("/process-instance/" + reviewersTask.getProcessInstanceId() + "/comment"),
				"comments and attachments are changed or deleted by camunda-admin only");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldLetTheTasksOwnCandidatesCommentAndAttach(Door door) {
		String partnerId = lifecycles.active();
		String representative = lifecycles.representative(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Task representativesTask = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);
		Caller rep = doors.as(representative, door);

		HttpResponse<String> added = comment(rep, representativesTask.getId());

		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		HttpResponse<String> read = rep.get("/task/" + representativesTask.getId() + "/comment");
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).contains("by " + door).contains("\"userId\":\"" + representative + "\"");
		assertThat(taskService.getTaskComments(representativesTask.getId())).hasSize(1);

		// a reviewer on the gate task: comments and attachments
		Task reviewersTask = driver.openTask(lifecycles.atTheGateRecommendingProceed(), LifecycleProcess.DECIDE_GATE);
		Caller rita = doors.as("rita", door);
		HttpResponse<String> ritasComment = comment(rita, reviewersTask.getId());
		assertThat(ritasComment.statusCode()).as(ritasComment.body()).isEqualTo(200);
		HttpResponse<String> ritasAttachment = attach(rita, reviewersTask.getId());
		assertThat(ritasAttachment.statusCode()).as(ritasAttachment.body()).isEqualTo(200);
		assertThat(rita.get("/task/" + reviewersTask.getId() + "/attachment").body()).contains("minutes.pdf");
		assertThat(taskService.getTaskAttachments(reviewersTask.getId())).hasSize(1);
	}

	static final String PARTNER_SIDE_REFUSED = "this engine call is not open to partner-side users";

	/**
	 * What Tasklist never asks for a representative: the engine's metadata and other
	 * people's data.
	 */
	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefusePartnerSideUsersEveryCallTasklistDoesNotMakeForThem(Door door) {
		String partnerId = lifecycles.active();
		String representative = lifecycles.representative(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Task own = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);
		Caller rep = doors.as(representative, door);
		Caller paula = doors.as("paula", door);
		long instances = runtimeService.createProcessInstanceQuery().count();

		for (String path : new String[] { "/process-definition/statistics",
				"/process-definition/statistics?rootIncidents=true", "/process-definition", "/process-definition/count",
				"/job-definition", "/job", "/metrics", "/metrics/job-successful/sum", "/group?member=erik", "/group",
				"/user", "/user/erik/profile", "/identity/groups?userId=erik", "/history/process-instance",
				"/history/variable-instance?includeDeleted=true", "/history/task", "/history/user-operation",
				"/deployment", "/incident", "/execution", "/variable-instance", "/process-instance", "/authorization",
				"/decision-definition", "/batch", "/telemetry/data", "/task/" + own.getId() + "/variables",
				"/process-definition/" + own.getProcessDefinitionId() + "/statistics",
				"/engine/default/job-definition" }) {
			for (Caller caller : new Caller[] { rep, paula }) {
				assertRefused(caller.get(path), PARTNER_SIDE_REFUSED);
			}
		}
		// writes: nothing reaches the engine
		assertRefused(rep.post("/process-definition/key/business-review/start", "{}"), PARTNER_SIDE_REFUSED);
		assertRefused(
				rep.post("/message",
						"{\"messageName\":\"PartnershipTerminationRequested\",\"businessKey\":\"" + partnerId + "\"}"),
				PARTNER_SIDE_REFUSED);
		assertRefused(
				rep.put("/user/" + representative + "/profile",
						"{\"id\":\"" + representative + "\",\"firstName\":\"Mallory\",\"lastName\":\"X\"}"),
				PARTNER_SIDE_REFUSED);
		assertRefused(rep.post("/task/" + own.getId() + "/unclaim", null), PARTNER_SIDE_REFUSED);
		assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
		assertThat(identityService.createUserQuery().userId(representative).singleResult().getFirstName())
			.isEqualTo("Pat");

		// what Tasklist does for the representative's own task passes
		assertThat(rep.get("/task/" + own.getId()).statusCode()).isEqualTo(200);
		assertThat(rep.get("/task/" + own.getId() + "/form-variables?deserializeValues=false").statusCode())
			.isEqualTo(200);
		assertThat(rep.get("/task/" + own.getId() + "/deployed-form").statusCode()).isEqualTo(200);
		assertThat(rep.get("/user/" + representative + "/profile").statusCode()).isEqualTo(200);
		assertThat(rep.get("/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task").statusCode())
			.isEqualTo(200);
		assertThat(rep.get("/process-definition/" + own.getProcessDefinitionId()).statusCode()).isEqualTo(200);
		// Tasklist's History tab: the operations of the user's own task only
		HttpResponse<String> history = rep
			.get("/history/user-operation?taskId=" + own.getId() + "&maxResults=50&firstResult=0");
		assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
		assertThat(rep.get("/history/user-operation/count?taskId=" + own.getId()).statusCode()).isEqualTo(200);
		Task othersTask = driver.openTask(lifecycles.atTheGateRecommendingProceed(), LifecycleProcess.DECIDE_GATE);
		assertRefused(rep.get("/history/user-operation?taskId=" + othersTask.getId() + "&maxResults=50"),
				PARTNER_SIDE_REFUSED);
		assertRefused(rep.get("/history/user-operation?maxResults=50"), PARTNER_SIDE_REFUSED);
		// and the buyer's people are not restricted by this list
		assertThat(doors.as("sofia", door).get("/job-definition?maxResults=1").statusCode()).isEqualTo(200);
	}

}
