package com.partnerlifecycle.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.partnerlifecycle.TestUsers;

/**
 * One application node in its own JVM, started from the built jar (web apps off). Used by
 * the cluster tests ({@code ReminderBurstIT}) and the benchmark harness
 * ({@code BenchmarkIT}).
 */
public final class Node implements AutoCloseable {

	public static final String ADMIN_PASSWORD = "cluster-admin-secret";

	/**
	 * Logged by the engine when the job executor starts, on ApplicationReadyEvent: every
	 * start-up runner is done.
	 */
	private static final String JOB_EXECUTOR_STARTED = "ENGINE-14018";

	public final String id;

	public final int port;

	private final Process process;

	private final Path log;

	private final Instant launchedAt;

	private Duration readyAfter;

	private final HttpClient http = HttpClient.newHttpClient();

	private Node(String id, int port, Process process, Path log, Instant launchedAt) {
		this.id = id;
		this.port = port;
		this.process = process;
		this.log = log;
		this.launchedAt = launchedAt;
	}

	/**
	 * A postgres-profile node as the cluster tests run it: small heap, C1 only, short
	 * lock time.
	 */
	static Node start(String id, int port, String jdbcUrl, int smtpPort, boolean jobs, Path log) throws Exception {
		return start(id, port, jdbcUrl, "postgres", "postgres", "postgres", smtpPort, jobs, log);
	}

	static Node start(String id, int port, String jdbcUrl, String profile, String user, String password, int smtpPort,
			boolean jobs, Path log) throws Exception {
		return builder(id, port, jdbcUrl).profile(profile)
			.credentials(user, password)
			.smtpPort(smtpPort)
			.jobs(jobs)
			.log(log)
			.jvm("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
			// a killed node's jobs are taken over after their lock expires: short for the
			// test
			.property("camunda.bpm.job-execution.lock-time-in-millis", "15000")
			.property("camunda.bpm.job-execution.wait-time-in-millis", "500")
			.property("partnership.reminders.retry-cycle", "R3/PT5S")
			.start();
	}

	public static Builder builder(String id, int port, String jdbcUrl) {
		return new Builder(id, port, jdbcUrl);
	}

	public static final class Builder {

		private final String id;

		private final int port;

		private final String jdbcUrl;

		private String profile = "postgres";

		private String user = "postgres";

		private String password = "postgres";

		private int smtpPort;

		private boolean jobs = true;

		private boolean webapps = false;

		private Path log;

		private final List<String> jvm = new ArrayList<>();

		private final Map<String, String> properties = new LinkedHashMap<>();

		private Duration startTimeout = Duration.ofSeconds(150);

		private Deployment.Layout layout;

		private Builder(String id, int port, String jdbcUrl) {
			this.id = id;
			this.port = port;
			this.jdbcUrl = jdbcUrl;
			this.log = Path.of("target", id + ".log");
		}

		/**
		 * Spring profiles, comma-separated ("postgres"; "benchmark" for H2 without the
		 * demo data).
		 */
		public Builder profile(String profile) {
			this.profile = profile;
			return this;
		}

		/**
		 * With Tasklist, Cockpit and Admin, as production runs (off by default: the
		 * cluster tests need only the APIs).
		 */
		public Builder webapps(boolean webapps) {
			this.webapps = webapps;
			return this;
		}

		public Builder credentials(String user, String password) {
			this.user = user;
			this.password = password;
			return this;
		}

		public Builder smtpPort(int smtpPort) {
			this.smtpPort = smtpPort;
			return this;
		}

		public Builder jobs(boolean jobs) {
			this.jobs = jobs;
			return this;
		}

		public Builder log(Path log) {
			this.log = log;
			return this;
		}

		public Builder jvm(String... options) {
			jvm.addAll(List.of(options));
			return this;
		}

		public Builder property(String name, String value) {
			properties.put(name, value);
			return this;
		}

		public Builder startTimeout(Duration timeout) {
			this.startTimeout = timeout;
			return this;
		}

		/**
		 * Runs the extracted jar with its class data sharing archive, as production does;
		 * otherwise the built jar.
		 */
		public Builder deployment(Deployment.Layout layout) {
			this.layout = layout;
			return this;
		}

		public Node start() throws Exception {
			Node node = launch();
			try {
				node.awaitReady(startTimeout, jobs);
			}
			catch (Exception | Error notReady) {
				node.kill();
				throw notReady;
			}
			return node;
		}

		/**
		 * Launches the JVM and returns at once, to watch the start itself (ReadinessIT);
		 * {@link #start()} waits.
		 */
		public Node launch() throws Exception {
			String jar = layout == null ? Deployment.builtJar().toString() : layout.jar().toString();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvm);
			if (layout != null) {
				command.add("-XX:SharedArchiveFile=" + layout.archive());
			}
			command.addAll(List.of("-jar", jar, "--spring.profiles.active=" + profile, "--server.port=" + port,
					"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password, "--camunda.bpm.webapp.enabled=" + webapps,
					"--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD, "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtpPort, "--partnership.node-id=" + id,
					"--partnership.public-base-url=http://localhost:" + port,
					"--camunda.bpm.job-execution.enabled=" + jobs));
			properties.forEach((name, value) -> command.add("--" + name + "=" + value));
			Files.createDirectories(log.toAbsolutePath().getParent());
			Instant launchedAt = Instant.now();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new Node(id, port, process, log, launchedAt);
		}

	}

	/**
	 * Ready = the readiness probe answers UP (the database, the start-up work, the
	 * processes deployed and, where it should run, the job executor) and, where the job
	 * executor is on, it has started (ApplicationReadyEvent: deployment, access rules and
	 * every other start-up runner are done).
	 */
	private void awaitReady(Duration timeout, boolean jobs) throws Exception {
		Instant until = Instant.now().plus(timeout);
		boolean answering = false;
		while (Instant.now().isBefore(until)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Node " + id + " stopped during start-up; see its log " + log);
			}
			try {
				answering = answering || get("/actuator/health/readiness").statusCode() == 200;
			}
			catch (IOException notYet) {
				// still starting
			}
			if (answering && (!jobs || logContains(JOB_EXECUTOR_STARTED))) {
				readyAfter = Duration.between(launchedAt, Instant.now());
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Node " + id + " did not start within " + timeout + "; see its log " + log);
	}

	private boolean logContains(String text) throws IOException {
		return Files.exists(log) && Files.readString(log).contains(text);
	}

	/** From launching the JVM to ready (see awaitReady), polled every 100 ms. */
	public Duration readyAfter() {
		return readyAfter;
	}

	public long pid() {
		return process.pid();
	}

	public Path log() {
		return log;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, String json) throws Exception {
		return http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> put(String path, String json) throws Exception {
		return http.send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", TestUsers.basic("admin", ADMIN_PASSWORD));
	}

	/** kill -9: no shutdown hook, no chance to finish a job. */
	public void kill() throws InterruptedException {
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
