package com.partnerlifecycle.web;

import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.partnerlifecycle.evaluation.EvaluationService;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * The engine API over HTTP: authenticated per call, so the gate's four-eyes rule holds at
 * both doors.
 */
@WebAppTest
class EngineRestTest extends DoorTest {

	@Autowired
	EvaluationService evaluations;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void shouldAnswer401WithoutCredentialsAnd200WithThem() throws Exception {
		assertThat(call("GET", "/engine-rest/task?maxResults=50", null, null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/engine-rest/task?maxResults=50", "rita", null).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswer401ForAWrongPassword() throws Exception {
		HttpResponse<String> wrong = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-definition?maxResults=10"))
			.header("Authorization", com.partnerlifecycle.TestUsers.basic(throwawayUser(), "wrong-password"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(wrong.statusCode()).isEqualTo(401);
	}

	/** Wrong passwords lock a user for a while: never a demo user. */
	String throwawayUser() {
		String id = "throwaway-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		org.camunda.bpm.engine.identity.User user = identityService.newUser(id);
		user.setPassword("right-password");
		identityService.saveUser(user);
		return id;
	}

	/**
	 * No query reads more than the engine's result limit (2000): an unpaged list is
	 * bounded to it at the door, and a larger {@code maxResults} is refused naming the
	 * parameter.
	 */
	@Test
	void shouldReadNoMoreThanTheResultLimit() throws Exception {
		HttpResponse<String> unpaged = call("GET", "/engine-rest/task", "rita", null);
		HttpResponse<String> tooMany = call("GET", "/engine-rest/task?maxResults=2001", "rita", null);

		assertThat(unpaged.statusCode()).as(unpaged.body()).isEqualTo(200);
		assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(unpaged.body()).size())
			.isLessThanOrEqualTo(2000);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("maxResults: must be a whole number from 0 to 2000");
	}

	/**
	 * Both doors; a business user completes by submitting the form (complete with
	 * variables is refused).
	 */
	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldApplyTheFourEyesRuleThroughTheEngineApi(Door door) throws Exception {
		String dana = lifecycles.sourcingManagerAndReviewer();
		String partnerId = lifecycles.throughPilots("1", 5);
		lifecycles.enterEvaluation(partnerId, dana, 5);
		String taskId = driver.openTask(partnerId, LifecycleProcess.DECIDE_GATE).getId();
		String approve = EngineDoors.variables(com.partnerlifecycle.demo.FormValues.approveGate());

		HttpResponse<String> byAuthor = doors.as(dana, door).post("/task/" + taskId + "/submit-form", approve);
		HttpResponse<String> byOther = doors.as("rita", door).post("/task/" + taskId + "/submit-form", approve);

		assertThat(byAuthor.statusCode()).isEqualTo(400);
		assertThat(byAuthor.body()).contains("you entered this evaluation");
		assertThat(byOther.statusCode()).isEqualTo(204);
		assertThat(evaluations.latest(partnerId).orElseThrow().getDecidedBy()).isEqualTo("rita");
	}

}
