package com.partnerlifecycle.web;

import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.summit.Summit;
import com.partnerlifecycle.summit.SummitProcess;
import com.partnerlifecycle.summit.SummitService;
import com.partnerlifecycle.summit.SummitStatus;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * A refusal the product means is an answer, not a fault: the README's summit call while
 * another summit is under way (409), a termination of an ended partnership (409), an
 * unknown partner (404), and a form refused by the gate's rules through either engine
 * door (400) log no ERROR and no stack trace, and at most one line that mentions them.
 */
@WebAppTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogTest extends DoorTest {

	/** The README's call. */
	static final String SUMMIT = "{\"heldOn\":\"2027-03-15\",\"proposalsDue\":\"2027-03-01\",\"title\":\"Partner summit 2027\","
			+ "\"location\":\"Head office\"}";

	@Autowired
	SummitService summits;

	@Autowired
	TaskService taskService;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * The summits this class opened (when none was under way), closed after each test.
	 */
	final List<Long> opened = new ArrayList<>();

	HttpResponse<String> api(String method, String path, String user, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", basic(user))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * What was logged since {@code from}: no ERROR, no stack trace, at most one line
	 * naming the refusal.
	 */
	static void assertLoggedAsARefusal(CapturedOutput output, int from, String refusal) {
		String log = output.getAll().substring(from);
		assertThat(log.lines()).as("the log of the refusal:%n%s", log)
			.noneMatch(line -> line.contains("ERROR"))
			.noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception while closing command context"));
		assertThat(log.lines().filter(line -> line.contains(refusal)).count()).as("lines naming the refusal:%n%s", log)
			.isLessThanOrEqualTo(1);
	}

	@AfterEach
	void closeWhatWeOpened() {
		for (Long id : opened) {
			Summit summit = summits.get(id);
			if (summit.getStatus() == SummitStatus.COLLECTING) {
				driver.executeDueJobs("summit-" + id); // the invitations
				driver.complete(taskService.createTaskQuery()
					.processInstanceId(summit.getProcessInstanceId())
					.taskDefinitionKey(SummitProcess.START_PROPOSAL_REVIEW)
					.singleResult(), "erik", FormValues.map("closeRound", true));
			}
		}
		opened.clear();
	}

	@Test
	void shouldRefuseASecondSummitWithA409AndNoTrace(CapturedOutput output) throws Exception {
		int from = output.getAll().length();
		HttpResponse<String> first = api("POST", "/api/summits", "erik", SUMMIT); // the
																					// demo's
																					// summit
																					// is
																					// under
																					// way
		if (first.statusCode() == 201) { // an earlier test ended it: this one is under
											// way now
			String location = first.headers().firstValue("Location").orElseThrow();
			opened.add(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
		}
		HttpResponse<String> second = api("POST", "/api/summits", "erik", SUMMIT);

		assertThat(first.statusCode()).as(first.body()).isIn(201, 409);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
		assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(second.body()).contains("\"field\":\"summit\"")
			.contains("is still under way")
			.contains("finish its review first");
		assertLoggedAsARefusal(output, from, "still under way");
	}

	@Test
	void shouldRefuseTheTerminationOfAnEndedPartnershipAndAnUnknownPartnerWithoutATrace(CapturedOutput output)
			throws Exception {
		int from = output.getAll().length();
		HttpResponse<String> ended = api("POST", "/api/partners/litware-hosting/termination-requests", "sofia",
				"{\"requestedBy\":\"BUYER\",\"reason\":\"Consolidating providers\"}");
		HttpResponse<String> unknown = api("GET", "/api/partners/no-such-partner", "sofia", null);
		HttpResponse<String> unknownTask = doors.as("rita", Door.ENGINE_REST).get("/task/no-such-task");

		assertThat(ended.statusCode()).as(ended.body()).isEqualTo(409);
		assertThat(ended.body()).contains("has already ended (DISSOLVED)");
		assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
		assertThat(unknownTask.statusCode()).as(unknownTask.body()).isEqualTo(404);
		assertLoggedAsARefusal(output, from, "has already ended");
		assertLoggedAsARefusal(output, from, "no-such-partner");
		assertLoggedAsARefusal(output, from, "no-such-task");
	}

	/**
	 * At the gate through {@code submit-form}: the evaluation's author (four eyes) and an
	 * override without its reason are refused with a 400 naming the field, logged as
	 * refusals; then a valid decision is taken (the control).
	 */
	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseAGateFormWithA400AndNoTrace(Door door, CapturedOutput output) {
		String dana = lifecycles.sourcingManagerAndReviewer();
		String partnerId = lifecycles.throughPilots("1", 5);
		lifecycles.enterEvaluation(partnerId, dana, 5);
		String taskId = driver.openTask(partnerId, LifecycleProcess.DECIDE_GATE).getId();
		String path = "/task/" + taskId + "/submit-form";
		doors.as("rita", door).get("/task/" + taskId); // a web-app login is made before
														// the log is read

		int from = output.getAll().length();
		HttpResponse<String> byAuthor = doors.as(dana, door)
			.post(path, EngineDoors.variables(FormValues.approveGate()));
		HttpResponse<String> withoutReason = doors.as("rita", door)
			.post(path, EngineDoors.variables(
					Map.of("gateApproval", "OVERRIDE", "overrideDecision", "REJECT", "complexityAcknowledged", true)));
		HttpResponse<String> badValue = doors.as("rita", door)
			.post(path, EngineDoors.variables(Map.of("gateApproval", "MAYBE")));

		assertThat(byAuthor.statusCode()).as(byAuthor.body()).isEqualTo(400);
		assertThat(byAuthor.body()).contains("you entered this evaluation");
		assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(400);
		assertThat(withoutReason.body()).contains("overrideReason").contains("an override needs a written reason");
		assertThat(badValue.statusCode()).as(badValue.body()).isEqualTo(400);
		assertThat(badValue.body()).contains("gateApproval");
		assertLoggedAsARefusal(output, from, "you entered this evaluation");
		assertLoggedAsARefusal(output, from, "an override needs a written reason");
		assertLoggedAsARefusal(output, from, "MAYBE");

		HttpResponse<String> approved = doors.as("rita", door)
			.post(path, EngineDoors.variables(FormValues.approveGate()));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
	}

}
