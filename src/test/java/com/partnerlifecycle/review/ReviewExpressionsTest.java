package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * Every {@code ${reviews.…}} of the deployed BPMN and of the older versions still running
 * is answered by bean {@code reviews} ({@link ReviewDates}), by name and number of
 * arguments as JUEL resolves it.
 */
class ReviewExpressionsTest {

	static final Pattern CALL = Pattern.compile("\\$\\{reviews\\.(\\w+)\\(([^)]*)\\)\\}");

	@Test
	void theBeanNamedReviewsAnswersEveryExpression() throws IOException {
		assertThat(ReviewDates.class.getAnnotation(Service.class).value()).isEqualTo("reviews");
		Set<String> calls = new TreeSet<>();
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("processes")),
				Files.walk(Path.of("src/test/resources/legacy")))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
				Matcher call = CALL.matcher(Files.readString(file));
				while (call.find()) {
					calls.add(call.group(1) + "/" + (call.group(2).isBlank() ? 0 : call.group(2).split(",").length));
				}
			}
		}

		assertThat(calls).contains("nextReviewStart/1", "ratingDeadline/1", "partnerGroup/1", "meetingStart/1");
		for (String call : calls) {
			String name = call.substring(0, call.indexOf('/'));
			int arity = Integer.parseInt(call.substring(call.indexOf('/') + 1));
			assertThat(Arrays.stream(ReviewDates.class.getMethods())
				.filter(m -> Modifier.isPublic(m.getModifiers()) && m.getName().equals(name))
				.map(Method::getParameterCount)).as(call).containsExactly(arity);
		}
	}

}
