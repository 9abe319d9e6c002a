package com.partnerlifecycle.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;

/**
 * Every bad input to a product API endpoint that takes a body is a 4xx problem JSON with
 * a reason (and the JSON path of the value at fault where there is one), never a 5xx and
 * never accepted, and changes nothing: the counts of partners, capabilities, summits,
 * termination requests, process instances and the review's meeting are the same after.
 */
@LifecycleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

	static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	static final String MEGABYTE = "x".repeat(1024 * 1024);

	static final String DEEP = "[".repeat(200) + "]".repeat(200);

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ObjectMapper json;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeAll
	void anActivePartnerWithAScheduledMeeting() {
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
	}

	@AfterAll
	void resetClock() {
		lifecycles.driver().resetClock();
	}

	/**
	 * One bad payload: what it is, the body, its content type, the status and field
	 * (null: none) expected.
	 */
	record Bad(String kind, String body, String contentType, int status, String field) {

		@Override
		public String toString() {
			return kind;
		}
	}

	static Bad bad(String kind, String body, String field) {
		return new Bad(kind, body, JSON, 400, field);
	}

	/** A body over 256 KB is refused as a whole before it is read: 413, no field. */
	static Bad tooLarge(String kind, String body) {
		return new Bad(kind, body, JSON, 413, null);
	}

	/** The kinds every endpoint gets: the body as a whole is wrong. */
	static List<Bad> wholeBody(String valid, String textField) {
		return wholeBody(valid, textField, textField);
	}

	static List<Bad> wholeBody(String valid, String textField, String deepField) {
		List<Bad> all = new ArrayList<>();
		all.add(new Bad("wrong content type", valid, MediaType.TEXT_PLAIN_VALUE, 415, null));
		all.add(new Bad("form content type", "a=b", MediaType.APPLICATION_FORM_URLENCODED_VALUE, 415, null));
		all.add(bad("empty body", "", null));
		all.add(bad("malformed JSON", "{\"" + textField + "\":", null));
		all.add(bad("trailing garbage", valid + "}", null));
		all.add(bad("an array instead of an object", "[" + valid + "]", null));
		all.add(bad("a number as the body", "42", null));
		all.add(bad("a text as the body", "\"hello\"", null));
		all.add(bad("null as the body", "null", null));
		all.add(bad("deep nesting", "{\"" + textField + "\":" + DEEP + "}", deepField));
		all.add(bad("deep nesting under an unknown key", "{\"nested\":" + DEEP + "}", null));
		all.add(bad("unknown field", valid.replaceFirst("\\{", "{\"isAdmin\":true,"), "isAdmin"));
		all.add(bad("raw NUL inside JSON text", "{\"" + textField + "\":\"a\u0000b\"}", null));
		return all;
	}

	/** Bad values of one text field. */
	static List<Bad> text(String valid, String field, String withValue) {
		List<Bad> all = new ArrayList<>();
		java.util.function.Function<String, String> with = value -> withValue.replace("%s", value);
		all.add(bad(field + " as a number", with.apply("12345"), field));
		all.add(bad(field + " as true", with.apply("true"), field));
		all.add(bad(field + " as an object", with.apply("{\"a\":1}"), field));
		all.add(bad(field + " as a list", with.apply("[\"a\"]"), field));
		all.add(bad(field + " with NUL", with.apply("\"a\\u0000b\""), field));
		all.add(bad(field + " with a bell", with.apply("\"a\\u0007b\""), field));
		all.add(bad(field + " with a lone high surrogate", with.apply("\"a\\ud800b\""), field));
		all.add(bad(field + " with a lone low surrogate", with.apply("\"\\udc00\""), field));
		all.add(bad(field + " whitespace only", with.apply("\"   \\u00a0 \""), field));
		all.add(tooLarge(field + " of 1 MB", with.apply("\"" + MEGABYTE + "\"")));
		all.add(bad(field + " given twice", withValue.replace("%s", "\"One\",\"" + field + "\":\"Two\""), field));
		return all;
	}

	static Stream<Bad> registrations() {
		String valid = "{\"name\":\"Bad Input Ltd\"}";
		String withName = "{\"name\":%s,\"plannedPilots\":2}";
		List<Bad> all = new ArrayList<>(wholeBody(valid, "name"));
		all.addAll(text(valid, "name", withName));
		all.add(bad("name null", "{\"name\":null}", "name"));
		all.add(bad("name missing", "{\"plannedPilots\":2}", "name"));
		all.add(bad("name with a line break", "{\"name\":\"Two\\nLines\"}", "name"));
		all.add(bad("name with a tab", "{\"name\":\"Tab\\there\"}", "name"));
		all.add(bad("description with NUL", "{\"name\":\"Ok\",\"description\":\"a\\u0000\"}", "description"));
		all.add(bad("plannedPilots as a fraction", "{\"name\":\"Ok\",\"plannedPilots\":2.5}", "plannedPilots"));
		all.add(bad("plannedPilots as 2.0", "{\"name\":\"Ok\",\"plannedPilots\":2.0}", "plannedPilots"));
		all.add(bad("plannedPilots as text", "{\"name\":\"Ok\",\"plannedPilots\":\"3\"}", "plannedPilots"));
		all.add(bad("plannedPilots as true", "{\"name\":\"Ok\",\"plannedPilots\":true}", "plannedPilots"));
		all.add(bad("plannedPilots too big", "{\"name\":\"Ok\",\"plannedPilots\":99999999999}", "plannedPilots"));
		all.add(bad("plannedPilots 0", "{\"name\":\"Ok\",\"plannedPilots\":0}", "plannedPilots"));
		all.add(bad("plannedPilots negative", "{\"name\":\"Ok\",\"plannedPilots\":-1}", "plannedPilots"));
		all.add(bad("contactEmail not an address", "{\"name\":\"Ok\",\"contactEmail\":\"nope\"}", "contactEmail"));
		all.add(bad("capabilities as text", "{\"name\":\"Ok\",\"capabilities\":\"cloud\"}", "capabilities"));
		all.add(bad("capability as a number", "{\"name\":\"Ok\",\"capabilities\":[1]}", "capabilities[0]"));
		all.add(bad("capability with NUL", "{\"name\":\"Ok\",\"capabilities\":[\"a\\u0000\"]}", "capabilities[0]"));
		return all.stream();
	}

	static Stream<Bad> terminations() {
		String valid = "{\"requestedBy\":\"BUYER\",\"reason\":\"Because\"}";
		String withReason = "{\"requestedBy\":\"BUYER\",\"reason\":%s}";
		List<Bad> all = new ArrayList<>(wholeBody(valid, "reason"));
		all.addAll(text(valid, "reason", withReason));
		all.add(bad("reason null", "{\"requestedBy\":\"BUYER\",\"reason\":null}", "reason"));
		all.add(bad("reason too long", "{\"requestedBy\":\"BUYER\",\"reason\":\"" + "x".repeat(4001) + "\"}",
				"reason"));
		all.add(bad("requestedBy missing", "{\"reason\":\"Because\"}", "requestedBy"));
		all.add(bad("requestedBy unknown", "{\"requestedBy\":\"NOBODY\",\"reason\":\"Because\"}", "requestedBy"));
		all.add(bad("requestedBy as a number", "{\"requestedBy\":0,\"reason\":\"Because\"}", "requestedBy"));
		all.add(bad("requestedBy lower case", "{\"requestedBy\":\"buyer\",\"reason\":\"Because\"}", "requestedBy"));
		all.add(bad("requestedBy as true", "{\"requestedBy\":true,\"reason\":\"Because\"}", "requestedBy"));
		all.add(bad("requestedBy given twice",
				"{\"requestedBy\":\"BUYER\",\"requestedBy\":\"PROVIDER\",\"reason\":\"B\"}", "requestedBy"));
		return all.stream();
	}

	static Stream<Bad> capabilities() {
		String valid = "{\"capabilities\":[\"cloud\"]}";
		List<Bad> all = new ArrayList<>(wholeBody(valid, "capabilities", "capabilities[0]"));
		all.add(bad("capabilities null", "{\"capabilities\":null}", "capabilities"));
		all.add(bad("capabilities missing", "{}", "capabilities"));
		all.add(bad("capabilities as text", "{\"capabilities\":\"cloud\"}", "capabilities"));
		all.add(bad("capabilities as a number", "{\"capabilities\":7}", "capabilities"));
		all.add(bad("capabilities as an object", "{\"capabilities\":{\"a\":1}}", "capabilities"));
		all.add(bad("capability as a number", "{\"capabilities\":[12345]}", "capabilities[0]"));
		all.add(bad("capability as true", "{\"capabilities\":[true]}", "capabilities[0]"));
		all.add(bad("capability as a list", "{\"capabilities\":[[\"a\"]]}", "capabilities[0]"));
		all.add(bad("capability with NUL", "{\"capabilities\":[\"a\\u0000b\"]}", "capabilities[0]"));
		all.add(bad("capability with a lone surrogate", "{\"capabilities\":[\"\\ud83d\"]}", "capabilities[0]"));
		all.add(bad("capability whitespace only", "{\"capabilities\":[\"ok\",\" \\t \"]}", "capabilities[1]"));
		all.add(tooLarge("capability of 1 MB", "{\"capabilities\":[\"" + MEGABYTE + "\"]}"));
		all.add(bad("capabilities given twice", "{\"capabilities\":[\"a\"],\"capabilities\":[\"b\"]}", "capabilities"));
		return all.stream();
	}

	static Stream<Bad> meetings() {
		String valid = "{\"meetingDate\":\"2027-08-20T10:00:00Z\",\"durationMinutes\":60}";
		List<Bad> all = new ArrayList<>(wholeBody(valid, "meetingDate"));
		all.add(bad("meetingDate missing", "{\"durationMinutes\":60}", "meetingDate"));
		all.add(bad("meetingDate null", "{\"meetingDate\":null,\"durationMinutes\":60}", "meetingDate"));
		all.add(bad("meetingDate as epoch seconds", "{\"meetingDate\":1798000000,\"durationMinutes\":60}",
				"meetingDate"));
		all.add(bad("meetingDate as epoch millis", "{\"meetingDate\":1798000000000,\"durationMinutes\":60}",
				"meetingDate"));
		all.add(bad("meetingDate as a fraction", "{\"meetingDate\":1.5,\"durationMinutes\":60}", "meetingDate"));
		all.add(bad("meetingDate in the year 99999",
				"{\"meetingDate\":\"+99999-01-01T10:00:00Z\",\"durationMinutes\":60}", "meetingDate"));
		all.add(bad("meetingDate 5 years ahead", "{\"meetingDate\":\"2031-12-01T10:00:00Z\",\"durationMinutes\":60}",
				"meetingDate"));
		all.add(bad("meetingDate in the past", "{\"meetingDate\":\"2001-01-01T10:00:00Z\",\"durationMinutes\":60}",
				"meetingDate"));
		all.add(bad("meetingDate without an offset", "{\"meetingDate\":\"2027-08-20T10:00:00\",\"durationMinutes\":60}",
				"meetingDate"));
		all.add(bad("meetingDate not a date", "{\"meetingDate\":\"tomorrow\",\"durationMinutes\":60}", "meetingDate"));
		all.add(bad("meetingDate with NUL", "{\"meetingDate\":\"2027-08-20\\u0000\",\"durationMinutes\":60}",
				"meetingDate"));
		all.add(tooLarge("meetingDate of 1 MB", "{\"meetingDate\":\"" + MEGABYTE + "\",\"durationMinutes\":60}"));
		all.add(bad("durationMinutes as text", "{\"meetingDate\":\"2027-08-20T10:00:00Z\",\"durationMinutes\":\"60\"}",
				"durationMinutes"));
		all.add(bad("durationMinutes as a fraction",
				"{\"meetingDate\":\"2027-08-20T10:00:00Z\",\"durationMinutes\":60.5}", "durationMinutes"));
		all.add(bad("durationMinutes too long", "{\"meetingDate\":\"2027-08-20T10:00:00Z\",\"durationMinutes\":481}",
				"durationMinutes"));
		all.add(bad("durationMinutes beyond int", "{\"meetingDate\":\"2027-08-20T10:00:00Z\",\"durationMinutes\":1e40}",
				"durationMinutes"));
		all.add(bad("durationMinutes null", "{\"meetingDate\":\"2027-08-20T10:00:00Z\",\"durationMinutes\":null}",
				"durationMinutes"));
		all.add(bad("meetingDate given twice",
				"{\"meetingDate\":\"2027-08-20T10:00:00Z\",\"meetingDate\":\"2027-08-21T10:00:00Z\",\"durationMinutes\":60}",
				"meetingDate"));
		return all.stream();
	}

	static Stream<Bad> summits() {
		String valid = "{\"title\":\"Summit\",\"heldOn\":\"2028-03-15\",\"proposalsDue\":\"2028-03-01\"}";
		String withTitle = "{\"title\":%s,\"heldOn\":\"2028-03-15\",\"proposalsDue\":\"2028-03-01\"}";
		List<Bad> all = new ArrayList<>(wholeBody(valid, "title"));
		all.addAll(text(valid, "title", withTitle));
		all.add(bad("title with a line break", withTitle.replace("%s", "\"Two\\r\\nLines\""), "title"));
		all.add(bad("location with NUL",
				"{\"heldOn\":\"2028-03-15\",\"proposalsDue\":\"2028-03-01\",\"location\":\"a\\u0000\"}", "location"));
		all.add(bad("heldOn missing", "{\"proposalsDue\":\"2028-03-01\"}", "heldOn"));
		all.add(bad("heldOn as an epoch day", "{\"heldOn\":20000,\"proposalsDue\":\"2028-03-01\"}", "heldOn"));
		all.add(bad("heldOn as a list", "{\"heldOn\":[2027,3,15],\"proposalsDue\":\"2028-03-01\"}", "heldOn"));
		all.add(bad("heldOn not a date", "{\"heldOn\":\"2027-02-30\",\"proposalsDue\":\"2028-03-01\"}", "heldOn"));
		all.add(bad("heldOn in the year 99999", "{\"heldOn\":\"+99999-03-15\",\"proposalsDue\":\"2028-03-01\"}",
				"heldOn"));
		all.add(bad("heldOn 5 years ahead", "{\"heldOn\":\"2032-03-15\",\"proposalsDue\":\"2028-03-01\"}", "heldOn"));
		all.add(bad("proposalsDue null", "{\"heldOn\":\"2028-03-15\",\"proposalsDue\":null}", "proposalsDue"));
		return all.stream();
	}

	@ParameterizedTest(name = "POST /api/partners: {0}")
	@MethodSource("registrations")
	void registrationRefuses(Bad bad) throws Exception {
		refused(post("/api/partners"), bad);
	}

	@ParameterizedTest(name = "POST /api/partners/ID/termination-requests: {0}")
	@MethodSource("terminations")
	void terminationRefuses(Bad bad) throws Exception {
		refused(post("/api/partners/{id}/termination-requests", partnerId), bad);
	}

	@ParameterizedTest(name = "PUT /api/partners/ID/capabilities: {0}")
	@MethodSource("capabilities")
	void capabilitiesRefuse(Bad bad) throws Exception {
		refused(put("/api/partners/{id}/capabilities", partnerId), bad);
	}

	@ParameterizedTest(name = "PUT /api/partners/ID/reviews/1/meeting: {0}")
	@MethodSource("meetings")
	void meetingRefuses(Bad bad) throws Exception {
		refused(put("/api/partners/{id}/reviews/1/meeting", partnerId), bad);
	}

	@ParameterizedTest(name = "POST /api/summits: {0}")
	@MethodSource("summits")
	void summitRefuses(Bad bad) throws Exception {
		refused(post("/api/summits"), bad);
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of("/api/partners?page=2147483647", "page"),
				Arguments.of("/api/partners?page=-1", "page"), Arguments.of("/api/partners?size=0", "size"),
				Arguments.of("/api/partners?size=2147483647", "size"), Arguments.of("/api/partners?page=abc", "page"),
				Arguments.of("/api/partners/%s/reminders?page=2147483647", "page"),
				Arguments.of("/api/partners/%s/reminders?page=-5", "page"),
				Arguments.of("/api/partners/%s/reminders?size=201", "size"),
				Arguments.of("/api/summits?count=0", "count"), Arguments.of("/api/summits/%20", "id"),
				Arguments.of("/api/summits/abc", "id"), Arguments.of("/api/partners?stage=NOPE", "stage"));
	}

	@ParameterizedTest(name = "GET {0}")
	@MethodSource("badRequests")
	void parametersOutOfBoundsAreRefused(String url, String field) throws Exception {
		MvcResult result = mvc.perform(get(url.replace("%s", partnerId).replace("%20", " "))).andReturn();
		problem(result, 400, field);
	}

	@org.junit.jupiter.api.Test
	void theErrorPageAnswersProblemJson() throws Exception {
		MvcResult result = mvc.perform(get("/error")).andReturn();
		JsonNode body = problem(result, result.getResponse().getStatus(), null);
		assertThat(body.get("status").asInt()).isEqualTo(result.getResponse().getStatus());
	}

	void refused(MockHttpServletRequestBuilder request, Bad bad) throws Exception {
		Map<String, Object> before = counts();
		MvcResult result = mvc.perform(request.contentType(bad.contentType()).content(bad.body())).andReturn();
		problem(result, bad.status(), bad.field());
		assertThat(counts()).as("nothing changed").isEqualTo(before);
	}

	JsonNode problem(MvcResult result, int status, String field) throws Exception {
		String content = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as("status of " + abbreviated(content)).isEqualTo(status);
		JsonNode body = json.readTree(content);
		assertThat(body.path("detail").asText()).as("reason").isNotBlank();
		JsonNode error = body.path("errors").path(0);
		assertThat(error.path("message").asText()).as("errors[0].message of " + abbreviated(content)).isNotBlank();
		if (field != null) {
			assertThat(error.path("field").asText(null)).as("errors[0].field of " + abbreviated(content))
				.isEqualTo(field);
		}
		assertThat(content).doesNotContain("\u0000").hasSizeLessThan(4000);
		return body;
	}

	static String abbreviated(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	Map<String, Object> counts() {
		Map<String, Object> counts = new java.util.TreeMap<>();
		for (String table : List.of("partner", "partner_capability", "summit", "termination_request", "review")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		counts.put("meeting", jdbc
			.queryForList("select meeting_at, meeting_minutes from review where partner_id = ? order by number",
					partnerId)
			.toString());
		counts.put("capabilities",
				jdbc.queryForList("select * from partner_capability where partner_id = ?", partnerId).toString());
		counts.put("stage", jdbc.queryForObject("select stage from partner where id = ?", String.class, partnerId));
		counts.put("instances", runtimeService.createProcessInstanceQuery().count());
		return counts;
	}

}
