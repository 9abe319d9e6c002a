package com.partnerlifecycle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.partnerlifecycle.PromptGreenMail;
import com.partnerlifecycle.cluster.Deployment;
import com.partnerlifecycle.cluster.Node;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark harness (issue 8, docs/benchmarks.md): what the product costs on top of
 * the engine, and how it holds at scale, on the embedded H2 and on PostgreSQL. One run
 * measures, per database:
 * <ol>
 * <li>in this JVM: complete lifecycles through the product's services against its twin on
 * the bare engine;</li>
 * <li>bulk-loads the portfolio (partners with their records, live lifecycles, reviews
 * about to send invitations);</li>
 * <li>starts a node from the built jar on it: time to ready, response times, heap after a
 * full GC, and reminder bursts to a real SMTP server; on PostgreSQL also two nodes on a
 * copy of the same data.</li>
 * </ol>
 * {@code ./mvnw -B verify} runs it at the tiny size (seconds; the table goes to
 * target/benchmark/) and checks only that every row was produced;
 * {@code ./mvnw -B verify -Pbenchmark} runs it at full size and writes
 * docs/benchmarks.md. Timings are never asserted.
 */
class BenchmarkIT {

	/**
	 * Free ports, chosen at start: the machine may run other test suites with fixed
	 * ports.
	 */
	static final int SMTP_PORT = freePort();

	static final int NODE_PORT = freePort();

	static final int SECOND_NODE_PORT = freePort();

	static final Path WORK = Path.of("target", "benchmark");

	static final String BEGIN = "<!-- benchmark:begin (BenchmarkIT writes from here to benchmark:end) -->";

	static final String END = "<!-- benchmark:end -->";

	static final String ONE_NODE = "1 node";

	static final String TWO_NODES = "2 nodes";

	final Size size = Size.fromSystemProperty();

	/**
	 * {@code -Dbenchmark.secondNode=false}: no burst on two PostgreSQL nodes (a shorter
	 * run).
	 */
	final boolean secondNode = Boolean.parseBoolean(System.getProperty("benchmark.secondNode", "true"));

	final Report report = new Report();

	final Report.Row productRate = report.row("Lifecycles/s through the product (issue 8.2)", "%.2f");

	final Report.Row twinRate = report.row("Lifecycles/s through the bare engine (twin)", "%.2f");

	/** Issue 25.2: ≤ 1.6 on H2, ≤ 1.25 on PostgreSQL. */
	final Report.Row ratio = report.row("Product time ÷ twin time", "%.2f", "≤ 1.6 on H2, ≤ 1.25 on PostgreSQL", null,
			List.of(Report.H2, Report.PG));

	final Report.Row burstRate = report.row("Reminder burst: reminders/s (issue 8.3)", "%.0f");

	/** Issue 25.3: ≤ 60 s on one H2 node, ≤ 100 s on one PostgreSQL node. */
	final Report.Row burstDrain = report.row("Reminder burst: time to drain, s", "%.1f",
			"≤ 60 s on one H2 node, ≤ 100 s on one PostgreSQL node", null, List.of(Report.H2, Report.PG));

	final Report.Row burstCpu = report.row("Reminder burst: nodes' CPU time per reminder, ms", "%.1f");

	final List<Report.Row> latencyP50 = new ArrayList<>();

	final List<Report.Row> latencyP95 = new ArrayList<>();

	final Report.Row ready;

	Deployment.Layout layout;

	final Report.Row heap;

	/** Issue 25.1's rows, one per action, in the order the lifecycle reaches them. */
	final Map<String, Report.Row> userActions = new LinkedHashMap<>();

	/** Issue 25.2's rows, one per kind of step. */
	final Map<String, Report.Row> stepRows = new LinkedHashMap<>();

	BenchmarkIT() {
		ratio.metIn.put(Report.H2, v -> v <= 1.6);
		ratio.metIn.put(Report.PG, v -> v <= 1.25);
		burstDrain.metIn.put(Report.H2, v -> v <= 60);
		burstDrain.metIn.put(Report.PG, v -> v <= 100);
		for (String endpoint : Latency.ENDPOINTS) {
			latencyP50.add(report.row(endpoint + ": p50, ms (issue 8.4)", "%.1f"));
			latencyP95
				.add(report.row(endpoint + ": p95, ms", "%.1f", "< 50 ms", v -> v < 50, List.of(Report.H2, Report.PG)));
		}
		ready = report.row("Start to ready, s (issue 25.4: the readiness probe, production profile)", "%.1f",
				"≤ 12 s on H2", v -> v <= 12, List.of(Report.H2));
		heap = report.row("Heap after a full GC, MB", "%.0f", "< 256 MB", v -> v < 256, List.of(Report.H2, Report.PG));
	}

	@Test
	void shouldMeasureEveryFigureOnH2AndPostgresql() throws Exception {
		report.describeMachine();
		report.judge(size.full());
		report.environment("size", size.describe());
		GreenMail smtp = new PromptGreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		String only = System.getProperty("benchmark.only", ""); // h2 or postgres: to
																// investigate one
																// database
		log("extracting the jar and training its class data sharing archive (docs/operations.md)");
		layout = Deployment.withClassDataSharing(WORK.resolve("app"));
		report.environment("nodes run", "the extracted jar with its class data sharing archive, -Xmx1g, "
				+ "the production profile (prod; postgres,prod on PostgreSQL) with the web apps");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			if (!only.equals("postgres")) {
				Database.H2 h2 = Database.H2.fresh(WORK.resolve("h2"), "bench");
				PortfolioData.Loaded h2Data = inProcess(h2, Report.H2, smtp, List.of(ONE_NODE));
				try (Node node = startAndMeasure(h2, h2Data, Report.H2)) {
					bursts(h2Data, ONE_NODE, Report.H2, h2, smtp, node);
				}
			}
			if (!only.equals("h2")) {
				Database.Postgres pg = Database.Postgres.create(postgres, "bench");
				PortfolioData.Loaded pgData = inProcess(pg, Report.PG, smtp,
						secondNode ? List.of(ONE_NODE, TWO_NODES) : List.of(ONE_NODE));
				try (Node one = startAndMeasure(pg, pgData, Report.PG)) {
					bursts(pgData, ONE_NODE, Report.PG, pg, smtp, one);
					if (secondNode) {
						// a second node joins the first on the same database (warmed up
						// by
						// its own warm-up burst)
						try (Node two = node(pg, "node-2", SECOND_NODE_PORT).start()) {
							log("%s: second node ready after %.1f s", Report.PG2, two.readyAfter().toMillis() / 1000.0);
							bursts(pgData, TWO_NODES, Report.PG2, pg, smtp, one, two);
						}
					}
					else {
						report.environment("two nodes", "not run (-Dbenchmark.secondNode=false)");
					}
				}
			}
		}
		finally {
			smtp.stop();
		}
		report.environment("load average at the end", Report.loadAverage());
		writeReport();
		for (Report.Row row : report.rows()) {
			if (row.table.equals(Report.STEPS)) {
				assertThat(row.cells).as(row.figure).isNotEmpty();
				continue;
			}
			List<String> expected = (row == burstRate || row == burstDrain || row == burstCpu) && secondNode
					? Report.COLUMNS : List.of(Report.H2, Report.PG);
			assertThat(row.cells).as(row.figure).containsOnlyKeys(expected);
			row.cells.values().forEach(stats -> assertThat(stats.count()).as(row.figure).isPositive());
		}
	}

	/**
	 * Lifecycle cost and bulk loading, in this JVM; the database is closed when it
	 * returns.
	 */
	private PortfolioData.Loaded inProcess(Database database, String column, GreenMail smtp, List<String> setups)
			throws Exception {
		log("%s: starting the application in this JVM", column);
		try (InProcessApp app = InProcessApp.start(database, SMTP_PORT)) {
			try (var connection = app.bean(javax.sql.DataSource.class).getConnection()) {
				report.environment(column.replace(", 1 node", ""), connection.getMetaData().getDatabaseProductName()
						+ " " + connection.getMetaData().getDatabaseProductVersion().replaceAll(" .*", ""));
			}
			if (size.lifecycles() > 0) {
				log("%s: lifecycles through the product and through the twin", column);
				LifecycleCost.Result cost = LifecycleCost.run(app, size, smtp);
				productRate.cells.put(column, cost.product());
				twinRate.cells.put(column, cost.twin());
				ratio.cells.put(column, cost.ratio());
				log("%s: %.2f product lifecycles/s, %.2f twin lifecycles/s, time ratio %.2f, CPU ratio %.2f", column,
						cost.product().median(), cost.twin().median(), cost.ratio().median(), cost.cpuRatio().median());
			}
			profileSteps(app, column);
			log("%s: loading the portfolio", column);
			PortfolioData.Loaded loaded = PortfolioData.load(app, database, size, setups);
			log("%s: %,d partners %s, %,d live lifecycles, %,d burst reviews, loaded in %.0f s", column,
					loaded.partners(), loaded.partnersByStage(), loaded.liveLifecycles(),
					loaded.burstSets().stream().mapToInt(PortfolioData.BurstSet::size).sum(), loaded.seconds());
			tasklistActions(app, column);
			smtp.purgeEmailFromAllMailboxes();
			return loaded;
		}
	}

	/**
	 * Issue 25.1: product lifecycles with every task opened and completed through the
	 * calls Tasklist makes, at the full portfolio (after a warm-up lifecycle).
	 */
	private void tasklistActions(InProcessApp app, String column) {
		int port = Integer.parseInt(app.context.getEnvironment().getProperty("local.server.port"));
		UserActions.TasklistDriver tasklist = new UserActions.TasklistDriver(app.context, new UserActions(port));
		LifecycleDrivers.Product walk = new LifecycleDrivers.Product(app.context, tasklist);
		int lifecycles = column.equals(Report.PG) ? size.userActionLifecyclesPostgres() : size.userActionLifecycles();
		log("%s: %d lifecycles through Tasklist's calls", column, lifecycles);
		tasklist.timing(false);
		walk.run(0);
		tasklist.timing(true);
		for (int i = 1; i <= lifecycles; i++) {
			String id = walk.run(i);
			if (!walk.dissolved(id)) {
				throw new IllegalStateException("Lifecycle " + id + " did not end dissolved");
			}
		}
		tasklist.open.forEach((task, stats) -> log("%s: open «%s» p95 %.0f ms, complete p95 %.0f ms", column, task,
				stats.percentile(95), tasklist.complete.get(task).percentile(95)));
		tasklist.open
			.forEach((task, stats) -> userAction("Open «" + task + "»", "≤ 50 ms", 50).cells.put(column, stats));
		tasklist.complete.forEach(
				(task, stats) -> userAction("Complete «" + task + "» until the next task exists", "≤ 100 ms", 100).cells
					.put(column, stats));
	}

	/**
	 * Issue 25.2: a few lifecycles of each with their statements and time counted per
	 * kind of step.
	 */
	private void profileSteps(InProcessApp app, String column) {
		int n = size.full() ? 5 : 1;
		StepProfile.Result result = StepProfile.run(app, n);
		String name = Report.shortName(column);
		java.util.Set<String> steps = new java.util.LinkedHashSet<>(result.product().keySet());
		steps.addAll(result.twin().keySet());
		for (String step : steps) {
			Report.Row row = stepRows.computeIfAbsent(step, s -> {
				Report.Row r = report.row(s, "%.1f");
				r.table = Report.STEPS;
				return r;
			});
			put(row, name + ": product statements", result.product().get(step), n, true);
			put(row, name + ": twin statements", result.twin().get(step), n, true);
			put(row, name + ": product ms", result.product().get(step), n, false);
			put(row, name + ": twin ms", result.twin().get(step), n, false);
		}
		Report.Row total = stepRows.computeIfAbsent("the whole lifecycle, with what no step counts", s -> {
			Report.Row r = report.row(s, "%.1f");
			r.table = Report.STEPS;
			return r;
		});
		total.cells.put(name + ": product statements", single((double) result.productTotal() / n));
		total.cells.put(name + ": twin statements", single((double) result.twinTotal() / n));
		for (Map.Entry<String, double[]> sql : result.aboveTwin()) {
			report
				.note(String.format(Locale.ROOT,
						"%s, statements the product sends more than the twin, per lifecycle: "
								+ "%.1f against %.1f `%s`",
						name, sql.getValue()[0], sql.getValue()[1],
						sql.getKey().length() > 140 ? sql.getKey().substring(0, 140) + "…" : sql.getKey()));
		}
		log("%s: %.0f statements per product lifecycle, %.0f per twin lifecycle", column,
				(double) result.productTotal() / n, (double) result.twinTotal() / n);
	}

	private static void put(Report.Row row, String cell, StepProfile.Step step, int n, boolean statements) {
		if (step != null) {
			row.cells.put(cell, single(statements ? (double) step.statements / n : step.ms / n));
		}
	}

	private static Stats single(double value) {
		Stats stats = new Stats();
		stats.add(value);
		return stats;
	}

	private Report.Row userAction(String action, String target, double limit) {
		return userActions.computeIfAbsent(action, a -> {
			Report.Row row = target.isEmpty() ? report.row(a, "%.1f")
					: report.row(a, "%.1f", target + " p95", v -> v <= limit, List.of(Report.H2, Report.PG));
			row.table = Report.USER_ACTIONS;
			row.samples = true;
			return row;
		});
	}

	private Node.Builder node(Database database, String id, int port) {
		Node.Builder builder = Node.builder(id, port, database.url());
		// e.g. -Dbenchmark.nodeArgs="camunda.bpm.job-execution.max-pool-size=8" to try a
		// setting
		for (String arg : System.getProperty("benchmark.nodeArgs", "").split(" ")) {
			if (arg.contains("=")) {
				builder.property(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return builder.deployment(layout)
			.webapps(true)
			.profile(database.profiles())
			.credentials(database.user(), database.password())
			.smtpPort(SMTP_PORT)
			.log(WORK.resolve(database.name + "-" + id + ".log"))
			.jvm("-Xmx1g")
			// tiny: no figure is judged, so an idle node need not wait the product's 5 s
			// before polling for due jobs
			.property("camunda.bpm.job-execution.wait-time-in-millis", size.full() ? "5000" : "500")
			// e.g.
			// -Dbenchmark.nodeJvm=-XX:StartFlightRecording=filename=target/benchmark/node.jfr
			// to profile a node
			.jvm(System.getProperty("benchmark.nodeJvm", "").isBlank() ? new String[0]
					: System.getProperty("benchmark.nodeJvm").split(" "));
	}

	/**
	 * Starts node-1 (and restarts it: the first start warms the file cache, the next ones
	 * are measured), then measures response times and heap; returns the running node.
	 */
	private Node startAndMeasure(Database database, PortfolioData.Loaded data, String column) throws Exception {
		Stats readyAfter = new Stats();
		Node node = null;
		for (int start = 0; start <= size.starts(); start++) {
			if (node != null) {
				node.close();
			}
			node = node(database, "node-1", NODE_PORT).start();
			log("%s: node ready after %.1f s", column, node.readyAfter().toMillis() / 1000.0);
			if (start > 0 || size.starts() == 0) {
				readyAfter.add(node.readyAfter().toMillis() / 1000.0);
			}
		}
		ready.cells.put(column, readyAfter);
		try {
			measure(node, data, column);
		}
		catch (Exception | AssertionError e) {
			node.close(); // a failed run leaves no node holding the database
			throw e;
		}
		return node;
	}

	/** Response times and heap of a running node. */
	private void measure(Node node, PortfolioData.Loaded data, String column) throws Exception {
		Latency latency = new Latency(node.port, data.partnerIds());
		latency.round(size.latencyWarmUp());
		latency.pages(size.latencyWarmUp() / 10);
		Map<String, Stats> pages = new LinkedHashMap<>();
		Stats[] p50 = { new Stats(), new Stats(), new Stats() };
		Stats[] p95 = { new Stats(), new Stats(), new Stats() };
		Stats heapMb = new Stats();
		for (int r = 0; r < size.rounds(); r++) {
			Stats[] round = latency.round(size.latencySamples());
			for (int e = 0; e < round.length; e++) {
				p50[e].add(round[e].percentile(50));
				p95[e].add(round[e].percentile(95));
			}
			latency.pages(size.latencySamples() / 10)
				.forEach((page, samples) -> samples.values()
					.forEach(v -> pages.computeIfAbsent(page, p -> new Stats()).add(v)));
			heapMb.add(Footprint.heapAfterFullGcMb(node.pid()));
		}
		pages.forEach((page, samples) -> userAction(page, Latency.TARGETS.getOrDefault(page, ""),
				page.startsWith("GET") ? 0 : 150).cells
			.put(column, samples));
		for (int e = 0; e < p50.length; e++) {
			latencyP50.get(e).cells.put(column, p50[e]);
			latencyP95.get(e).cells.put(column, p95[e]);
		}
		heap.cells.put(column, heapMb);
		log("%s: latency p95 %.1f / %.1f / %.1f ms, heap %.0f MB", column, p95[0].median(), p95[1].median(),
				p95[2].median(), heapMb.median());
	}

	/** The setup's burst sets in turn: its warm-up, then its measured rounds. */
	private void bursts(PortfolioData.Loaded data, String setup, String column, Database database, GreenMail smtp,
			Node... nodes) throws Exception {
		Stats rate = new Stats();
		Stats drain = new Stats();
		Stats cpu = new Stats();
		try (SingleConnectionDataSource connection = database.connect()) {
			JdbcTemplate jdbc = new JdbcTemplate(connection);
			for (PortfolioData.BurstSet set : data.burstSets()) {
				if (!set.name().startsWith(setup + " ")) {
					continue;
				}
				double cpuBefore = cpuSeconds(nodes);
				ReminderBurst.Result result = ReminderBurst.round(jdbc, smtp, set,
						Duration.ofMinutes(size.full() ? 20 : 3));
				double cpuMs = (cpuSeconds(nodes) - cpuBefore) * 1000 / result.sent();
				log("%s: burst %s: %,d reminders in %.1f s (%.0f/s, %.1f ms CPU each) by %s", column, set.name(),
						result.sent(), result.seconds(), result.perSecond(), cpuMs, result.byNode());
				if (!set.name().endsWith("warm-up")) {
					rate.add(result.perSecond());
					drain.add(result.seconds());
					cpu.add(cpuMs);
				}
			}
		}
		burstRate.cells.put(column, rate);
		burstDrain.cells.put(column, drain);
		burstCpu.cells.put(column, cpu);
	}

	/**
	 * CPU time the nodes' processes have used: unlike wall time, hardly affected by a
	 * busy machine.
	 */
	static double cpuSeconds(Node... nodes) {
		return java.util.Arrays.stream(nodes)
			.mapToDouble(node -> ProcessHandle.of(node.pid())
				.flatMap(p -> p.info().totalCpuDuration())
				.map(d -> d.toNanos() / 1e9)
				.orElse(0.0))
			.sum();
	}

	/**
	 * Full size: into docs/benchmarks.md between the markers (the rest of the page is
	 * written by people).
	 */
	private void writeReport() throws IOException {
		Path json = size.full() ? Path.of("docs", "benchmarks.json") : WORK.resolve("benchmarks.json");
		report.write(json, Report.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.json()) + "\n");
		String generated = BEGIN + "\n\n" + Report.markdown(Report.JSON.readTree(json.toFile())) + "\n" + END;
		if (!size.full()) {
			report.write(WORK.resolve("benchmarks.md"), generated + "\n");
			return;
		}
		Path page = Path.of("docs", "benchmarks.md");
		String existing = Files.exists(page) ? Files.readString(page) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
		int begin = existing.indexOf(BEGIN);
		int end = existing.indexOf(END);
		if (begin < 0 || end < begin) {
			existing = existing + "\n" + BEGIN + "\n" + END + "\n";
			begin = existing.indexOf(BEGIN);
			end = existing.indexOf(END);
		}
		report.write(page, existing.substring(0, begin) + generated + existing.substring(end + END.length()));
	}

	static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
	}

}
