package com.partnerlifecycle.cluster;

import java.io.File;
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

import com.partnerlifecycle.TestUsers;

/** One application node in its own JVM, started from the built jar on the postgres profile (web apps off). */
final class Node implements AutoCloseable {

	static final String ADMIN_PASSWORD = "cluster-admin-secret";

	final String id;

	final int port;

	private final Process process;

	private final HttpClient http = HttpClient.newHttpClient();

	private Node(String id, int port, Process process) {
		this.id = id;
		this.port = port;
		this.process = process;
	}

	static Node start(String id, int port, String jdbcUrl, int smtpPort, boolean jobs, Path log) throws Exception {
		return start(id, port, jdbcUrl, "postgres", "postgres", "postgres", smtpPort, jobs, log);
	}

	static Node start(String id, int port, String jdbcUrl, String profile, String user, String password, int smtpPort,
			boolean jobs, Path log) throws Exception {
		File jar = Files.list(Path.of("target"))
			.filter(p -> p.getFileName().toString().matches("partnership-lifecycle-.*\\.jar"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Build the jar first (mvn verify runs this test after package)"))
			.toFile();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.getPath(),
				"--spring.profiles.active=" + profile, "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--camunda.bpm.webapp.enabled=false", "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort, "--partnership.node-id=" + id,
				"--camunda.bpm.job-execution.enabled=" + jobs,
				// a killed node's jobs are taken over after their lock expires: short for the test
				"--camunda.bpm.job-execution.lock-time-in-millis=15000",
				"--camunda.bpm.job-execution.wait-time-in-millis=500",
				"--partnership.reminders.retry-cycle=R3/PT5S"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Node node = new Node(id, port, process);
		node.awaitReady(Duration.ofSeconds(150));
		return node;
	}

	private void awaitReady(Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Node " + id + " stopped during start-up; see its log in target/");
			}
			try {
				if (get("/engine-rest/engine").statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Node " + id + " did not start within " + timeout);
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json) throws Exception {
		return http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> put(String path, String json) throws Exception {
		return http.send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", TestUsers.basic("admin", ADMIN_PASSWORD));
	}

	/** kill -9: no shutdown hook, no chance to finish a job. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

}
