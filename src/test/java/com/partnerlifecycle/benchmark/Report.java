package com.partnerlifecycle.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark's table: one row per figure, one column per setup, the target and whether
 * each setup met it.
 */
final class Report {

	static final String H2 = "H2, 1 node";

	static final String PG = "PostgreSQL, 1 node";

	static final String PG2 = "PostgreSQL, 2 nodes";

	static final List<String> COLUMNS = List.of(H2, PG, PG2);

	static final String MAIN = "Throughput, scale and footprint";

	static final String STEPS = "Where a lifecycle's work goes (issue 25.2): per lifecycle, by kind of step, product and twin";

	static final String USER_ACTIONS = "What a person waits for (issue 25.1): each action as the browser makes its calls";

	/**
	 * One figure: its cells (median of the rounds with min and max), a target, and the
	 * setups the target applies to.
	 */
	static final class Row {

		final String figure;

		final String format;

		final String target;

		final DoublePredicate met;

		final List<String> targetColumns;

		final Map<String, Stats> cells = new LinkedHashMap<>();

		/** The table it is shown in. */
		String table = MAIN;

		/**
		 * Samples of one figure (response times): shown as p50 / p95, the target held
		 * against the p95; otherwise rounds: their median, min and max.
		 */
		boolean samples;

		Row(String figure, String format, String target, DoublePredicate met, List<String> targetColumns) {
			this.figure = figure;
			this.format = format;
			this.target = target;
			this.met = met;
			this.targetColumns = targetColumns;
		}

		/** The value the target is held against. */
		double value(Stats stats) {
			return samples ? stats.percentile(95) : stats.median();
		}

		/** Per column, where the target differs by database. */
		final Map<String, DoublePredicate> metIn = new LinkedHashMap<>();

		/** Whether the column's figure meets the target; null without one. */
		Boolean met(String column) {
			Stats stats = cells.get(column);
			DoublePredicate test = metIn.getOrDefault(column, met);
			return test == null || stats == null || !targetColumns.contains(column) ? null : test.test(value(stats));
		}

	}

	static final ObjectMapper JSON = new ObjectMapper();

	private final List<Row> rows = new ArrayList<>();

	private boolean judge = true;

	private final List<String> notes = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	/**
	 * Tiny runs only prove the harness works: their figures are not held against the
	 * targets.
	 */
	void judge(boolean judge) {
		this.judge = judge;
	}

	Row row(String figure, String format, String target, DoublePredicate met, List<String> targetColumns) {
		Row row = new Row(figure, format, target, met, targetColumns);
		rows.add(row);
		return row;
	}

	Row row(String figure, String format) {
		return row(figure, format, "", null, List.of());
	}

	List<Row> rows() {
		return rows;
	}

	void note(String note) {
		notes.add(note);
	}

	void environment(String name, String value) {
		environment.put(name, value);
	}

	static String shortName(String column) {
		return column.startsWith("H2") ? "H2" : column.equals(PG2) ? "PG×2" : "PG";
	}

	/** Date, cores, memory and Java version of the machine that measured. */
	void describeMachine() {
		environment("date", LocalDate.now().toString());
		environment("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		environment("memory", String.format(Locale.ROOT, "%.1f GiB", memory / (1024.0 * 1024 * 1024)));
		environment("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		environment("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		environment("load average at start (1, 5, 15 min)", loadAverage());
		environment("commit", commit());
	}

	/** The commit measured, and whether the working tree had changes on top of it. */
	static String commit() {
		try {
			Process head = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
			String commit = new String(head.getInputStream().readAllBytes()).strip();
			Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
				.redirectErrorStream(true)
				.start();
			boolean changed = !new String(status.getInputStream().readAllBytes()).isBlank();
			return head.waitFor() == 0 ? commit + (changed ? " with uncommitted changes" : "") : "unknown";
		}
		catch (IOException e) {
			return "unknown";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	/**
	 * The machine may be shared: how busy it was (/proc/loadavg), next to the figures it
	 * produced.
	 */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException | RuntimeException unavailable) {
			return "unknown";
		}
	}

	/**
	 * Every figure with each column's measurements (every round or sample), the verdict
	 * against its target, and the machine's facts.
	 */
	ObjectNode json() {
		ObjectNode root = JSON.createObjectNode();
		root.put("judged", judge);
		ObjectNode facts = root.putObject("environment");
		environment.forEach(facts::put);
		ArrayNode figures = root.putArray("figures");
		for (Row row : rows) {
			ObjectNode figure = figures.addObject();
			figure.put("figure", row.figure).put("table", row.table).put("format", row.format);
			figure.put("kind", row.samples ? "samples" : "rounds").put("target", row.target);
			ObjectNode cells = figure.putObject("cells");
			row.cells.forEach((column, stats) -> {
				ObjectNode cell = cells.putObject(column);
				stats.values().forEach(cell.putArray("values")::add);
				cell.put("median", stats.median()).put("min", stats.min()).put("max", stats.max());
				cell.put("p95", stats.percentile(95));
				Boolean met = row.met(column);
				if (met != null) {
					cell.put("met", met);
				}
			});
		}
		ArrayNode notesNode = root.putArray("notes");
		notes.forEach(notesNode::add);
		return root;
	}

	/** The page's tables, generated from what {@link #json()} wrote. */
	static String markdown(JsonNode json) {
		StringBuilder out = new StringBuilder();
		json.get("environment")
			.fields()
			.forEachRemaining(
					f -> out.append("- ").append(f.getKey()).append(": ").append(f.getValue().asText()).append('\n'));
		boolean judged = json.get("judged").asBoolean();
		Map<String, List<JsonNode>> tables = new LinkedHashMap<>();
		json.get("figures")
			.forEach(f -> tables.computeIfAbsent(f.get("table").asText(), t -> new ArrayList<>()).add(f));
		tables.forEach((table, figures) -> {
			out.append("\n### ").append(table).append("\n\n");
			java.util.Set<String> keys = new java.util.LinkedHashSet<>();
			figures.forEach(f -> f.get("cells").fieldNames().forEachRemaining(keys::add));
			List<String> columns = COLUMNS.containsAll(keys) ? COLUMNS.stream().filter(keys::contains).toList()
					: List.copyOf(keys);
			boolean samples = figures.stream().allMatch(f -> f.get("kind").asText().equals("samples"));
			out.append("| ")
				.append(samples ? "action (median / p95, ms; samples)" : "figure")
				.append(" | ")
				.append(String.join(" | ", columns))
				.append(" | target | |\n");
			out.append("| --- |").append(" ---: |".repeat(columns.size())).append(" --- | --- |\n");
			for (JsonNode figure : figures) {
				out.append("| ").append(figure.get("figure").asText()).append(" | ");
				List<String> verdicts = new ArrayList<>();
				for (String column : columns) {
					JsonNode cell = figure.get("cells").get(column);
					out.append(cell == null ? "–" : cell(figure, cell)).append(" | ");
					if (cell != null && cell.has("met")) {
						verdicts.add(cell.get("met").asBoolean() ? "met (" + shortName(column) + ")"
								: "**missed** (" + shortName(column) + ")");
					}
				}
				out.append(figure.get("target").asText())
					.append(" | ")
					.append(judged ? String.join(", ", verdicts) : "")
					.append(" |\n");
			}
		});
		json.get("notes").forEach(note -> out.append("\n- ").append(note.asText()));
		return out.toString();
	}

	private static String cell(JsonNode figure, JsonNode cell) {
		String format = figure.get("format").asText();
		if (figure.get("kind").asText().equals("samples")) {
			return String.format(Locale.ROOT, format + " / " + format + " (%d)", cell.get("median").asDouble(),
					cell.get("p95").asDouble(), cell.get("values").size());
		}
		String median = String.format(Locale.ROOT, format, cell.get("median").asDouble());
		return cell.get("values").size() == 1 ? median
				: median + " (" + String.format(Locale.ROOT, format, cell.get("min").asDouble()) + "–"
						+ String.format(Locale.ROOT, format, cell.get("max").asDouble()) + ")";
	}

	void write(Path file, String content) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, content);
	}

}
