package com.partnerlifecycle.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import com.partnerlifecycle.PromptGreenMail;
import com.partnerlifecycle.TestUsers;

/**
 * The readiness probe of a node started from the jar on the demo profile, polled from the
 * first moment its port answers: DOWN (503) while the demo is being prepared, the pending
 * work named to the operator only, then UP; the liveness probe UP meanwhile. A mail
 * server that stops answering shows in the health and leaves the node ready.
 */
class ReadinessIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String ADMIN = TestUsers.basic("admin", Node.ADMIN_PASSWORD);

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	/**
	 * One round of polling: the probes as a platform calls them, and readiness as the
	 * operator sees it.
	 */
	record Poll(Instant at, Answer readiness, Answer liveness, Answer operatorsReadiness) {
	}

	record Answer(int status, JsonNode body, String text) {
	}

	Answer get(int port, String path, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (authorization != null) {
			request.header(TestUsers.AUTHORIZATION, authorization);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
		return new Answer(response.statusCode(), json ? JSON.readTree(response.body()) : null, response.body());
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void shouldBeReadyOnlyOnceTheDemoIsPreparedAndAliveMeanwhile() throws Exception {
		Path folder = Files.createTempDirectory("readiness-h2");
		int port = freePort();
		int smtpPort = freePort();
		GreenMail smtp = new PromptGreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start(); // the demo mails its reminders while it is prepared
		String url = "jdbc:h2:file:" + folder.resolve("partnerships") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
		List<Poll> polls = new ArrayList<>();
		try (Node node = Node.builder("readiness", port, url)
			.profile("demo")
			.credentials("sa", "")
			.smtpPort(smtpPort)
			.log(Path.of("target", "readiness.log"))
			.jvm("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
			.launch()) {
			Instant until = Instant.now().plus(Duration.ofMinutes(4));
			while (polls.isEmpty() || polls.get(polls.size() - 1).readiness().status() != 200) {
				assertThat(Instant.now()).as("ready within 4 minutes; see target/readiness.log").isBefore(until);
				assertThat(ProcessHandle.of(node.pid()).map(ProcessHandle::isAlive)).as("node running").hasValue(true);
				try {
					polls.add(new Poll(Instant.now(), get(port, "/actuator/health/readiness", null),
							get(port, "/actuator/health/liveness", null),
							get(port, "/actuator/health/readiness", ADMIN)));
				}
				catch (IOException notListeningYet) {
					Thread.sleep(50);
				}
			}

			List<Poll> unready = polls.stream().filter(poll -> poll.readiness().status() == 503).toList();
			assertThat(unready).as("readiness DOWN before the node could serve users").isNotEmpty();
			assertThat(unready)
				.allSatisfy(poll -> assertThat(poll.readiness().body()).as("only the status without credentials")
					.isEqualTo(JSON.readTree("{\"status\":\"DOWN\"}")));
			assertThat(unready).as("the operator sees the demo being prepared")
				.anySatisfy(poll -> assertThat(
						poll.operatorsReadiness().body().at("/components/startup/details/pending").toString())
					.contains("demo data is being prepared"));
			assertThat(unready).as("alive while not ready")
				.anySatisfy(poll -> assertThat(poll.liveness().status()).isEqualTo(200));
			int firstAlive = polls
				.indexOf(polls.stream().filter(poll -> poll.liveness().status() == 200).findFirst().orElseThrow());
			assertThat(polls.subList(firstAlive, polls.size())).as("alive from then on")
				.allSatisfy(poll -> assertThat(poll.liveness().body()).isEqualTo(JSON.readTree("{\"status\":\"UP\"}")));
			assertThat(polls.get(polls.size() - 1).readiness().body()).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
			System.out.printf("ReadinessIT: %d polls, %d unready over %s, then ready%n", polls.size(), unready.size(),
					Duration.between(unready.get(0).at(), polls.get(polls.size() - 1).at()));

			assertThat(node.get("/api/partners").statusCode()).as("the demo serves users").isEqualTo(200);
			assertThat(get(port, "/actuator/health", ADMIN).body().at("/components/mail/status").asText())
				.isEqualTo("UP");
			smtp.stop(); // the mail server's outage
			Answer health = get(port, "/actuator/health", ADMIN);
			assertThat(health.body().at("/components/mail/status").asText()).as("the mail server shown")
				.isEqualTo("DOWN");
			assertThat(get(port, "/actuator/health/readiness", null).status()).as("and still ready").isEqualTo(200);
			assertThat(get(port, "/actuator/prometheus", TestUsers.basic("metrics", "metrics-demo")).text())
				.as("the demo's metrics password")
				.contains("jvm_memory_used_bytes");
			// as the container decodes and normalizes paths: whatever reaches an endpoint
			// passes the access rules
			assertThat(get(port, "/actuator/env", ADMIN).status()).isEqualTo(404);
			assertThat(get(port, "/actuator/health/..;/env", ADMIN).status()).isEqualTo(404);
			for (String prometheus : new String[] { "/actuator/prometheus;x=1", "/actuator/%70rometheus",
					"/actuator/health/..;/prometheus" }) {
				assertThat(get(port, prometheus, null).status()).as(prometheus).isEqualTo(401);
				assertThat(get(port, prometheus, ADMIN).status()).as(prometheus).isEqualTo(403);
			}
		}
		finally {
			smtp.stop();
			FileSystemUtils.deleteRecursively(folder);
		}
	}

}
