package com.partnerlifecycle.common.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A form's {@code text} components render markdown and HTML: a value put into one through
 * {@code {{...}}} or a FEEL expression could become a working link. Forms show every
 * value in a disabled field, which shows it as text.
 */
class FormTextsTest {

	@Test
	void shouldPutNoValueIntoAFormsText() throws IOException {
		List<String> templated = new ArrayList<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
				collect(form.getFileName().toString(), new ObjectMapper().readTree(form.toFile()), templated);
			}
		}
		assertThat(templated).isEmpty();
	}

	private static void collect(String form, JsonNode node, List<String> templated) {
		if (node.isObject()) {
			for (String attribute : List.of("text", "label", "description")) {
				String value = node.path(attribute).asText("");
				if (value.contains("{{") || value.startsWith("=")) {
					templated.add(form + " " + node.path("id").asText() + "." + attribute + ": " + value);
				}
			}
		}
		node.elements().forEachRemaining(child -> collect(form, child, templated));
	}

}
