package com.partnerlifecycle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * One contract per process: the ids of its process, activities, events and messages are
 * written once, in the process's {@code XxxProcess} class, and every listener, test and
 * demo step names them through it. A literal id elsewhere is found here, with its file
 * and line.
 */
class ProcessContractTest {

	/** The rows of an older database, written as that version stored them. */
	private static final Set<String> HISTORICAL = Set.of("LegacyDatabaseTest.java");

	/**
	 * The engine's set-up (deployment, authorizations by process key, start-up checks of
	 * record links) comes before any feature and may not depend on one
	 * (ArchitectureTest): it names process keys itself.
	 */
	private static final Path ENGINE_SETUP = Path.of("src/main/java/com/partnerlifecycle/config");

	private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_-]*)\"");

	@Test
	void shouldNameEveryProcessIdThroughItsProcessClass() throws IOException {
		Set<String> ids = processIds();
		List<String> literals = new java.util.ArrayList<>();
		try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")),
				Files.walk(Path.of("src/test/java")))) {
			sources.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.getFileName().toString().endsWith("Process.java"))
				.filter(file -> !HISTORICAL.contains(file.getFileName().toString()))
				.filter(file -> !file.startsWith(ENGINE_SETUP))
				.filter(file -> !file.getFileName().toString().equals("ProcessContractTest.java"))
				.forEach(file -> literals.addAll(idLiterals(file, ids)));
		}

		assertThat(ids).contains("partnership-lifecycle", "UserTask_DecideGate", "PartnershipTerminationRequested");
		assertThat(literals).as("process ids written outside their XxxProcess class").isEmpty();
	}

	private static List<String> idLiterals(Path file, Set<String> ids) {
		try {
			List<String> lines = Files.readAllLines(file);
			List<String> found = new java.util.ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				Matcher literal = LITERAL.matcher(lines.get(i));
				while (literal.find()) {
					if (ids.contains(literal.group(1))) {
						found.add(file + ":" + (i + 1) + " \"" + literal.group(1) + "\"");
					}
				}
			}
			return found;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every process key, flow node id and message name of the deployed BPMN. */
	private static Set<String> processIds() throws IOException {
		Set<String> ids = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				model.getModelElementsByType(Process.class).forEach(process -> ids.add(process.getId()));
				model.getModelElementsByType(FlowNode.class).forEach(node -> ids.add(node.getId()));
				model.getModelElementsByType(Message.class).forEach(message -> ids.add(message.getName()));
			}
		}
		return ids;
	}

}
