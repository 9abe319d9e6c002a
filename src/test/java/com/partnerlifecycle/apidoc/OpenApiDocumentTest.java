package com.partnerlifecycle.apidoc;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;

/**
 * The API's description ({@code /api/openapi.json}) covers every handler method of the
 * product API, declares HTTP Basic and the problem JSON of its refusals, and, like
 * Swagger UI, is for signed-in users only.
 */
@LifecycleTest
class OpenApiDocumentTest {

	static final String DOCUMENT = "/api/openapi.json";

	static final String SWAGGER_UI = "/swagger-ui/index.html";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	@Qualifier("apiAuthenticationFilter")
	Filter apiFilter;

	MockMvc anonymous;

	@BeforeEach
	void setUp() {
		anonymous = MockMvcBuilders.webAppContextSetup(webContext).addFilters(apiFilter).build();
	}

	JsonNode document() throws Exception {
		String text = mvc.perform(get(DOCUMENT).header(AUTHORIZATION, basic("rita")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(text);
	}

	/** {@code {id:[0-9]+}} and {@code {id}} are the same path variable. */
	static String normalised(String path) {
		return path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
	}

	@Test
	void shouldDescribeEveryHandlerMethodOfTheProductApi() throws Exception {
		JsonNode paths = document().get("paths");
		Set<String> described = new TreeSet<>();
		paths.fields()
			.forEachRemaining(path -> path.getValue()
				.fieldNames()
				.forEachRemaining(
						method -> described.add(method.toUpperCase(Locale.ROOT) + " " + normalised(path.getKey()))));
		List<String> missing = new ArrayList<>();
		int expected = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlerMapping.getHandlerMethods().entrySet()) {
			if (!handler.getValue().getBeanType().getPackageName().startsWith("com.partnerlifecycle")) {
				continue; // springdoc's own endpoints serve the document, they are not
							// the API
			}
			for (String pattern : handler.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : handler.getKey().getMethodsCondition().getMethods()) {
					expected++;
					String call = method.name() + " " + normalised(pattern);
					if (!described.contains(call)) {
						missing.add(call + " (" + handler.getValue().getBeanType().getSimpleName() + "."
								+ handler.getValue().getMethod().getName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("handler methods of the product API missing from " + DOCUMENT).isEmpty();
		assertThat(expected).as("handler methods found under /api").isGreaterThan(20);
	}

	@Test
	void shouldGiveEveryOperationASummaryAndATag() throws Exception {
		List<String> bare = new ArrayList<>();
		operations(document()).forEach((name, operation) -> {
			if (operation.path("summary").asText().isBlank() || operation.path("tags").isEmpty()) {
				bare.add(name);
			}
		});
		assertThat(bare).as("operations without a summary or a tag").isEmpty();
	}

	@Test
	void shouldDeclareHttpBasicForEveryCall() throws Exception {
		JsonNode document = document();

		assertThat(document.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
		assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
		assertThat(document.at("/security/0/basicAuth").isArray()).isTrue();
		assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
		assertThat(document.at("/info/version").asText()).isNotBlank().doesNotContain("@");
	}

	@Test
	void shouldAnswerEveryOperationsRefusalsWithTheProblemSchema() throws Exception {
		JsonNode document = document();
		assertThat(document.at("/components/schemas/Problem/properties").fieldNames()).toIterable()
			.contains("type", "title", "status", "detail", "errors");
		assertThat(document.at("/components/schemas/Problem/properties/errors/items/properties").fieldNames())
			.toIterable()
			.containsExactlyInAnyOrder("field", "message");

		List<String> without401 = new ArrayList<>();
		operations(document).forEach((name, operation) -> {
			if (!operation.at("/responses/401/content/application~1problem+json/schema/$ref")
				.asText()
				.equals("#/components/schemas/Problem")) {
				without401.add(name);
			}
		});
		assertThat(without401).as("operations without a problem JSON 401").isEmpty();
	}

	@Test
	void shouldLeaveOutTheRefusalsAnOperationNeverAnswers() throws Exception {
		Map<String, JsonNode> operations = operations(document());

		assertThat(operations.get("GET /api/portfolio").get("responses").fieldNames()).toIterable()
			.doesNotContain("400", "404", "409"); // no input, changes nothing
		assertThat(operations.get("POST /api/partners").get("responses").fieldNames()).toIterable()
			.contains("400", "401", "403", "409", "413", "415", "429")
			.doesNotContain("404");
		assertThat(operations.get("POST /api/partners/{id}/link-revocations").get("responses").fieldNames())
			.toIterable()
			.contains("404")
			.doesNotContain("409");
		assertThat(operations.get("GET /api/action-items").get("responses").fieldNames()).toIterable()
			.doesNotContain("403");
	}

	/**
	 * The schema is what a refusal really looks like: the keys of a real 404 and a real
	 * 400.
	 */
	@Test
	void shouldDescribeTheProblemJsonTheApiReallyAnswers() throws Exception {
		JsonNode schema = document().at("/components/schemas/Problem");
		Set<String> properties = new TreeSet<>();
		schema.get("properties").fieldNames().forEachRemaining(properties::add);
		List<String> required = StreamSupport.stream(schema.get("required").spliterator(), false)
			.map(JsonNode::asText)
			.toList();
		JsonNode itemProperties = schema.at("/properties/errors/items/properties");

		for (JsonNode answer : List.of(answer("/api/partners/no-such-partner", 404),
				answer("/api/summits?count=0", 400))) {
			Set<String> keys = new TreeSet<>();
			answer.fieldNames().forEachRemaining(keys::add);
			assertThat(properties).containsAll(keys);
			assertThat(keys).containsAll(required);
			answer.get("errors")
				.forEach(error -> error.fieldNames()
					.forEachRemaining(key -> assertThat(itemProperties.has(key)).as(key).isTrue()));
		}
	}

	JsonNode answer(String path, int status) throws Exception {
		return json.readTree(mvc.perform(get(path))
			.andExpect(status().is(status))
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { DOCUMENT, DOCUMENT + "/swagger-config", SWAGGER_UI, "/swagger-ui/swagger-initializer.js",
			"/swagger-ui/swagger-ui-bundle.js", "/swagger-ui.html", "/webjars/swagger-ui/index.html",
			"/webjars/swagger-ui/5.32.2/index.html" })
	void shouldAskForALoginWithoutCredentials(String path) throws Exception {
		anonymous.perform(get(path))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic ")));
	}

	@Test
	void shouldShowSwaggerUiToASignedInUser() throws Exception {
		// a partner's representative too: the description is the same for everybody, each
		// call still checks the role
		String page = anonymous.perform(get(SWAGGER_UI).header(AUTHORIZATION, basic("paula")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("swagger-initializer.js").doesNotContain("<script>");

		String config = anonymous.perform(get(DOCUMENT + "/swagger-config").header(AUTHORIZATION, basic("paula")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json.readTree(config).get("url").asText()).isEqualTo(DOCUMENT);
	}

	static Map<String, JsonNode> operations(JsonNode document) {
		Map<String, JsonNode> operations = new java.util.TreeMap<>();
		document.get("paths")
			.fields()
			.forEachRemaining(path -> path.getValue()
				.fields()
				.forEachRemaining(operation -> operations
					.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue())));
		return operations;
	}

}
