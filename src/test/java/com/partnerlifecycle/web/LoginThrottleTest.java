package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.TestUsers;

/**
 * Wrong passwords cannot lock anyone out. At each login door (the product API's and the
 * engine REST API's HTTP Basic, the web apps' login), after N wrong passwords for a user
 * from one client, that client gets 429 with Retry-After for that user even with the
 * right password, which is not checked (the engine counts no attempt), while another user
 * from the same client logs in as before; and the engine never locks a user for good.
 * Throwaway users only: never a demo user.
 */
@WebAppTest
class LoginThrottleTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Value("${partnership.login-throttle.failures}")
	int failures;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldThrottleWrongPasswordsAtTheProductApi() throws Exception {
		shouldThrottle((user, password) -> basic("/api/partners", user, password));
	}

	@Test
	void shouldThrottleWrongPasswordsAtTheEngineRestApi() throws Exception {
		shouldThrottle((user, password) -> basic("/engine-rest/task?maxResults=1", user, password));
	}

	/**
	 * {@code /engine-rest/engine} answers without checking the password: it must not
	 * clear the count.
	 */
	@Test
	void shouldNotClearTheCountOnAnEngineRestPathThatChecksNoPassword() throws Exception {
		String victim = throwawayUser();
		for (int i = 0; i < failures - 1; i++) {
			basic("/engine-rest/task?maxResults=1", victim, "wrong-password");
		}
		basic("/engine-rest/engine", victim, "wrong-password");
		basic("/engine-rest/task?maxResults=1", victim, "wrong-password");

		assertThat(basic("/engine-rest/task?maxResults=1", victim, "right-password").statusCode()).isEqualTo(429);
	}

	@Test
	void shouldThrottleWrongPasswordsAtTheWebAppsLogin() throws Exception {
		// a throwaway user has no Tasklist access: the right password answers 403 (logged
		// in, no app), a wrong one 401
		shouldThrottle(this::webappLogin);
	}

	@Test
	void shouldNeverLockAUserForGood() {
		String user = throwawayUser();
		for (int i = 0; i < 12; i++) {
			assertThat(identityService.checkPassword(user, "wrong-password")).isFalse();
		}

		assertThat(identityService.checkPassword(user, "right-password")).isTrue();
	}

	void shouldThrottle(Door door) throws Exception {
		// given a client that sent N wrong passwords for a user
		String victim = throwawayUser();
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < failures; i++) {
			answers.add(door.login(victim, "wrong-password").statusCode());
		}
		assertThat(answers).containsOnly(401);
		int attempts = attempts(victim);

		// when it sends the right password
		HttpResponse<String> throttled = door.login(victim, "right-password");

		// then it is throttled without the password being checked
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(attempts(victim)).isEqualTo(attempts);

		// and another user from the same client is not throttled
		String other = throwawayUser();
		assertThat(door.login(other, "wrong-password").statusCode()).isEqualTo(401);
		assertThat(door.login(other, "right-password").statusCode()).isNotIn(401, 429);

		// and the engine has not locked the victim: the right password is still right
		assertThat(identityService.checkPassword(victim, "right-password")).isTrue();
	}

	interface Door {

		HttpResponse<String> login(String user, String password) throws Exception;

	}

	HttpResponse<String> basic(String path, String user, String password) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", TestUsers.basic(user, password))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * As the login page does it: a first read gives a session and its XSRF token, then
	 * the form is posted.
	 */
	HttpResponse<String> webappLogin(String user, String password) throws Exception {
		HttpResponse<String> first = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default"))
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofString());
		String cookies = String.join("; ",
				first.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0]).toList());
		String token = first.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.header("Cookie", cookies)
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	int attempts(String user) {
		return ((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getAttempts();
	}

	/** Wrong passwords are for throwaway users only. */
	String throwawayUser() {
		String id = "throwaway-" + UUID.randomUUID().toString().substring(0, 8);
		org.camunda.bpm.engine.identity.User user = identityService.newUser(id);
		user.setPassword("right-password");
		identityService.saveUser(user);
		return id;
	}

}
