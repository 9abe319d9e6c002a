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

/**
 * The benchmark's table: one row per figure, one column per setup, the target and whether
 * each setup met it.
 */
final class Report {

	static final String H2 = "H2, 1 node";

	static final String PG = "PostgreSQL, 1 node";

	static final String PG2 = "PostgreSQL, 2 nodes";

	static final List<String> COLUMNS = List.of(H2, PG, PG2);

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

		Row(String figure, String format, String target, DoublePredicate met, List<String> targetColumns) {
			this.figure = figure;
			this.format = format;
			this.target = target;
			this.met = met;
			this.targetColumns = targetColumns;
		}

		String cell(String column) {
			Stats stats = cells.get(column);
			if (stats == null) {
				return "–";
			}
			String median = String.format(Locale.ROOT, format, stats.median());
			return stats.count() == 1 ? median : median + " (" + String.format(Locale.ROOT, format, stats.min()) + "–"
					+ String.format(Locale.ROOT, format, stats.max()) + ")";
		}

		String verdict() {
			if (met == null) {
				return "";
			}
			List<String> verdicts = new ArrayList<>();
			for (String column : targetColumns) {
				Stats stats = cells.get(column);
				if (stats != null) {
					verdicts.add((met.test(stats.median()) ? "met" : "**missed**")
							+ (targetColumns.size() > 1 ? " (" + shortName(column) + ")" : ""));
				}
			}
			return String.join(", ", verdicts);
		}

	}

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
		return column.equals(H2) ? "H2" : column.equals(PG) ? "PG" : "PG×2";
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

	String table() {
		StringBuilder out = new StringBuilder();
		out.append("| figure | ").append(String.join(" | ", COLUMNS)).append(" | target | |\n");
		out.append("| --- |").append(" ---: |".repeat(COLUMNS.size())).append(" --- | --- |\n");
		for (Row row : rows) {
			out.append("| ").append(row.figure).append(" | ");
			for (String column : COLUMNS) {
				out.append(row.cell(column)).append(" | ");
			}
			out.append(row.target).append(" | ").append(judge ? row.verdict() : "").append(" |\n");
		}
		return out.toString();
	}

	String markdown(String title, String introduction) {
		StringBuilder out = new StringBuilder("# ").append(title).append("\n\n").append(introduction).append("\n\n");
		environment.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
		out.append('\n').append(table());
		if (!notes.isEmpty()) {
			out.append('\n');
			notes.forEach(note -> out.append("- ").append(note).append('\n'));
		}
		return out.toString();
	}

	void write(Path file, String content) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, content);
	}

}
