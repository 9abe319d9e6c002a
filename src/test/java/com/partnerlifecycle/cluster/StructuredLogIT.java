package com.partnerlifecycle.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.partnerlifecycle.partner.LifecycleProcess;

/**
 * A production node started as docs/operations.md "Logs" says, with structured logs on:
 * every line it writes to the console is one JSON object a log shipper can read, naming
 * the service, the node, the level and the message.
 */
class StructuredLogIT {

	@Test
	void shouldWriteEveryConsoleLineAsOneEcsJsonObject() throws Exception {
		Path folder = Path.of("target", "h2-structured-log").toAbsolutePath();
		FileSystemUtils.deleteRecursively(folder);
		String url = "jdbc:h2:file:" + folder.resolve("partnerships") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
		Path log = Path.of("target", "structured-log-node.log");
		try (Node node = Node.builder("node-json", 18096, url)
			.profile("prod")
			.credentials("sa", "")
			.jobs(true)
			.log(log)
			.property("logging.structured.format.console", "ecs")
			.property("spring.main.banner-mode", "off")
			.start()) {
			assertThat(node.get("/engine-rest/engine").statusCode()).isEqualTo(200);
		}

		ObjectMapper json = new ObjectMapper();
		List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
		assertThat(lines).as("the node logged its start").hasSizeGreaterThan(10);
		for (String line : lines) {
			JsonNode entry = json.readTree(line); // fails on any line that is not JSON
			assertThat(entry.isObject()).as(line).isTrue();
			assertThat(entry.path("@timestamp").asText()).as(line).isNotEmpty();
			assertThat(entry.path("log").path("level").asText()).as(line)
				.isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
			assertThat(entry.path("service").path("name").asText()).as(line).isEqualTo(LifecycleProcess.KEY);
			assertThat(entry.path("service").path("node").path("name").asText()).as(line).isEqualTo("node-json");
		}
		assertThat(lines).as("the job executor's start, as a message").anyMatch(line -> line.contains("ENGINE-14018"));
	}

}
