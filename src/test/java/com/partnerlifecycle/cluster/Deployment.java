package com.partnerlifecycle.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jar as docs/operations.md ("Faster start-up") deploys it: extracted
 * ({@code -Djarmode=tools extract}), with a class data sharing archive written by a
 * training run that stops once the context is refreshed. A node started from it loads its
 * classes from plain jars and a memory-mapped archive instead of unpacking nested jars.
 */
public final class Deployment {

	/** The extracted jar to run with {@code -XX:SharedArchiveFile=<archive>}. */
	public record Layout(Path jar, Path archive) {
	}

	private Deployment() {
	}

	/** The built jar in target/. */
	public static Path builtJar() throws IOException {
		try (var files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("partnership-lifecycle-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"Build the jar first (mvn verify runs this test after package)"));
		}
	}

	/**
	 * Extracts the built jar into the folder and trains its archive, unless both are
	 * newer than the jar.
	 */
	public static Layout withClassDataSharing(Path folder) throws Exception {
		Path built = builtJar();
		Layout layout = new Layout(folder.resolve(built.getFileName()), folder.resolve("application.jsa"));
		FileTime builtAt = Files.getLastModifiedTime(built);
		if (Files.exists(layout.archive()) && Files.getLastModifiedTime(layout.archive()).compareTo(builtAt) > 0) {
			return layout;
		}
		run(folder.resolveSibling(folder.getFileName() + "-extract.log"), "-Djarmode=tools", "-jar", built.toString(),
				"extract", "--force", "--destination", folder.toString());
		Files.deleteIfExists(layout.archive());
		// The training run: an in-memory database, no demo data, the web apps on (as
		// production runs, so their classes are in the archive); it exits after the
		// refresh.
		run(folder.resolveSibling(folder.getFileName() + "-training.log"),
				"-XX:ArchiveClassesAtExit=" + layout.archive(), "-Dspring.context.exit=onRefresh", "-jar",
				layout.jar().toString(), "--spring.profiles.active=training", "--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:training", "--partnership.public-base-url=http://localhost",
				"--camunda.bpm.admin-user.password=" + Node.ADMIN_PASSWORD);
		if (!Files.exists(layout.archive())) {
			throw new IllegalStateException("The training run wrote no archive; see " + folder + "-training.log");
		}
		return layout;
	}

	private static void run(Path log, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(List.of(arguments));
		Files.createDirectories(log.toAbsolutePath().getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
		}
	}

}
