package com.partnerlifecycle.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;

/**
 * The partner API's contract: registration, reading, searching, and every kind of bad
 * input.
 */
@LifecycleTest
class PartnerApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerRepository partners;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ObjectMapper json;

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	JsonNode register(String body) throws Exception {
		MvcResult result = mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return json.readTree(result.getResponse().getContentAsString());
	}

	@Test
	void shouldRegisterACandidateAndStartItsLifecycle() throws Exception {
		String name = unique("Acme Cloud");

		mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"description\":\"Cloud ops\",\"contactEmail\":\"ops@acme.example\","
					+ "\"plannedPilots\":2}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/partners/acme-cloud-")))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.stage").value("CANDIDATE"))
			.andExpect(jsonPath("$.mode").value("VENDOR"))
			.andExpect(jsonPath("$.processInstanceId").isNotEmpty());
	}

	@Test
	void shouldUseThePartnerIdAsTheLifecyclesBusinessKey() throws Exception {
		JsonNode partner = register("{\"name\":\"" + unique("Key Check") + "\"}");

		assertThat(runtimeService.createProcessInstanceQuery()
			.processInstanceId(partner.get("processInstanceId").asText())
			.singleResult()
			.getBusinessKey()).isEqualTo(partner.get("id").asText());
	}

	@Test
	void shouldReturnThePartnerWithItsStageHistory() throws Exception {
		String id = register("{\"name\":\"" + unique("History Check") + "\",\"plannedPilots\":3}").get("id").asText();

		mvc.perform(get("/api/partners/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.stage").value("CANDIDATE"))
			.andExpect(jsonPath("$.plannedPilots").value(3))
			.andExpect(jsonPath("$.stageHistory[0].to").value("CANDIDATE"))
			.andExpect(jsonPath("$.stageHistory[0].at").isNotEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Åtea Sverige AB", "Société Générale", "株式会社テスト", "O'Brien & \"Sons\", Ltd." })
	void shouldKeepNamesInAnyScriptIntact(String script) throws Exception {
		String name = script + " " + UUID.randomUUID().toString().substring(0, 4);
		String id = register(json.writeValueAsString(java.util.Map.of("name", name))).get("id").asText();

		assertThat(id).matches("[a-z0-9-]+");
		mvc.perform(get("/api/partners/{id}", id)).andExpect(jsonPath("$.name").value(name));
	}

	@Test
	void shouldFilterByStageAndName() throws Exception {
		String marker = "Filter" + UUID.randomUUID().toString().substring(0, 6);
		register("{\"name\":\"" + marker + " One\"}");
		register("{\"name\":\"" + marker + " Two\"}");

		mvc.perform(get("/api/partners").param("stage", "CANDIDATE").param("name", marker.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].stage", everyItem(org.hamcrest.Matchers.is("CANDIDATE"))))
			.andExpect(jsonPath("$.content[0].name").value(marker + " One"));
		mvc.perform(get("/api/partners").param("stage", "ACTIVE").param("name", marker))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void shouldPageTheResults() throws Exception {
		String marker = "Paged" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= 3; i++) {
			register("{\"name\":\"" + marker + " " + i + "\"}");
		}

		mvc.perform(get("/api/partners").param("name", marker).param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].name").value(marker + " 3"))
			.andExpect(jsonPath("$.totalElements").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
	}

	@Test
	void shouldTreatLikeWildcardsInTheNameFilterLiterally() throws Exception {
		mvc.perform(get("/api/partners").param("name", "%_%"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void shouldAnswer404ForAnUnknownPartner() throws Exception {
		mvc.perform(get("/api/partners/{id}", "no-such-partner"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("no partner with id 'no-such-partner'"));
	}

	@Test
	void shouldRefuseASecondRegistrationOfTheSameNameWith409() throws Exception {
		String name = unique("Twice");
		register("{\"name\":\"" + name + "\"}");
		long before = partners.count();

		mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"  " + name.toUpperCase() + " \"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.detail", containsString("already registered")));
		assertThat(partners.count()).isEqualTo(before);
	}

	static Stream<Arguments> badRegistrations() {
		return Stream.of(Arguments.of("{}", "name", "is required"),
				Arguments.of("{\"name\":\"   \"}", "name", "must not be blank"),
				Arguments.of("{\"name\":\"" + "x".repeat(201) + "\"}", "name", "must be at most 200 characters"),
				Arguments.of("{\"name\":\"A\",\"description\":\"" + "x".repeat(2001) + "\"}", "description",
						"must be at most 2000 characters"),
				Arguments.of("{\"name\":\"A\",\"contactEmail\":\"not-an-address\"}", "contactEmail",
						"must be an e-mail address"),
				Arguments.of("{\"name\":\"A\",\"plannedPilots\":0}", "plannedPilots", "must be between 1 and 5"),
				Arguments.of("{\"name\":\"A\",\"plannedPilots\":6}", "plannedPilots", "must be between 1 and 5"),
				Arguments.of("{\"name\":\"A\",\"plannedPilots\":\"two\"}", "plannedPilots", "must be a whole number"),
				Arguments.of("{\"name\":\"A\",\"stage\":\"ACTIVE\"}", "stage", "is not a known field"),
				Arguments.of("{\"name\":[\"A\"]}", "name", "must be a text"));
	}

	@ParameterizedTest
	@MethodSource("badRegistrations")
	void shouldRefuseBadRegistrationsNamingTheFieldAndWriteNothing(String body, String field, String reason)
			throws Exception {
		long partnersBefore = partners.count();
		long instancesBefore = runtimeService.createProcessInstanceQuery().count();

		mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)))
			.andExpect(jsonPath("$.detail", containsString(reason)));
		assertThat(partners.count()).isEqualTo(partnersBefore);
		assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
	}

	@Test
	void shouldRefuseMalformedJson() throws Exception {
		mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON"));
	}

	@Test
	void shouldRefuseAnotherContentTypeWith415() throws Exception {
		mvc.perform(post("/api/partners").contentType(MediaType.TEXT_PLAIN).content("name=A"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail", containsString("send application/json")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "stage=SOMEWHERE", "mode=FRIEND", "size=0", "size=101", "page=-1", "size=ten" })
	void shouldRefuseBadSearchParametersWith400(String query) throws Exception {
		String[] pair = query.split("=");

		mvc.perform(get("/api/partners").param(pair[0], pair[1]))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(pair[0]));
	}

}
