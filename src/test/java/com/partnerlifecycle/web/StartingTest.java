package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.common.StartupWork;

/**
 * Until the start-up work is complete, the web apps and the APIs answer 503 "starting"
 * with {@code Retry-After}: a browser a page that reloads by itself, any other caller
 * problem JSON, before any authentication; once it is complete, they answer as always.
 * The work is held open here as the demo data holds it while the demo partners are
 * prepared. Its own context (web apps on, no demo data), before the shared web context
 * ({@link WebAppTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:starting;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "camunda.bpm.webapp.enabled=true" })
@ActiveProfiles("test")
@Import({ TestUsers.class, StartingTest.HeldOpen.class })
@org.junit.jupiter.api.Order(WebAppTest.ORDER - 3)
class StartingTest {

	static final String PAGE_TEXT = "Partnership Lifecycle is starting: the demo partners are being prepared. This page "
			+ "reloads by itself.";

	static final String PROBLEM = "{\"title\":\"Service Unavailable\",\"status\":503,"
			+ "\"detail\":\"starting: demo data is being prepared; retry in a few seconds\"}";

	/**
	 * A piece of start-up work pending from the start, as the demo data's; done by the
	 * test.
	 */
	@TestConfiguration
	static class HeldOpen {

		@Bean
		StartupWork.Piece heldByTheTest(StartupWork work) {
			return work.begin("demo data is being prepared", "the demo partners are being prepared");
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	StartupWork work;

	@Autowired
	StartupWork.Piece heldByTheTest;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	HttpResponse<String> get(String path, String accept, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept);
		if (user != null) {
			request.header(TestUsers.AUTHORIZATION, TestUsers.basic(user));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Test
	void shouldAnswerStartingUntilTheWorkIsCompleteThenAsAlways() throws Exception {
		assertThat(work.isComplete()).isFalse();
		assertThat(work.pending()).extracting(StartupWork.Piece::forCallers)
			.containsExactly("demo data is being prepared");

		HttpResponse<String> tasklist = get("/camunda/app/tasklist/", BROWSER, null);
		assertThat(tasklist.statusCode()).isEqualTo(503);
		assertThat(tasklist.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(tasklist.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'none'; frame-ancestors 'none'");
		assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(tasklist.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(tasklist.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(tasklist.body()).contains(PAGE_TEXT)
			.contains("<meta http-equiv=\"refresh\" content=\"5\">")
			.doesNotContain("<script", "<link", "src=", "http://", "https://");

		for (String path : new String[] { "/api/partners", "/engine-rest/task",
				"/camunda/api/engine/engine/default/task" }) {
			for (String user : new String[] { null, "sofia" }) { // before any
																	// authentication
				HttpResponse<String> api = get(path, "application/json", user);
				assertThat(api.statusCode()).as(path + " as " + user).isEqualTo(503);
				assertThat(api.headers().firstValue("Retry-After")).as(path).hasValue("5");
				assertThat(api.headers().firstValue("Content-Type")).as(path)
					.hasValue("application/problem+json;charset=UTF-8");
				assertThat(api.body()).as(path).isEqualTo(PROBLEM);
			}
		}
		assertThat(get("/api/partners", "*/*", null).body()).as("a caller that is no browser").isEqualTo(PROBLEM);

		heldByTheTest.done();

		assertThat(work.isComplete()).isTrue();
		assertThat(work.pending()).isEmpty();
		HttpResponse<String> login = get("/camunda/app/tasklist/", BROWSER, null);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Retry-After")).isEmpty();
		assertThat(login.body()).doesNotContain("is starting");
		assertThat(get("/api/partners", "application/json", null).statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/task", "application/json", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/partners", "application/json", "sofia").statusCode()).isEqualTo(200);
	}

}
