package com.partnerlifecycle.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.termination.TerminationService;

/**
 * A partner declares what it provides: tags, normalized, each once; bad tags are refused
 * naming the one at fault.
 */
@LifecycleTest
class CapabilitiesApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	PartnerService partners;

	@Autowired
	TerminationService terminations;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.register();
	}

	ResultActions declare(String id, String body, String user) throws Exception {
		return mvc.perform(put("/api/partners/" + id + "/capabilities").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header(TestUsers.AUTHORIZATION, TestUsers.basic(user)));
	}

	@Test
	void shouldDeclareCapabilitiesNormalizedSortedAndEachOnce() throws Exception {
		declare(partnerId,
				"{\"capabilities\":[\"  Cloud   Hosting \",\"SAP S/4HANA\",\"cloud hosting\",\"Служба поддержки\"]}",
				"sofia")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.capabilities.length()").value(3))
			.andExpect(jsonPath("$.capabilities[0]").value("cloud hosting"))
			.andExpect(jsonPath("$.capabilities[1]").value("sap s/4hana"))
			.andExpect(jsonPath("$.capabilities[2]").value("служба поддержки"));

		mvc.perform(get("/api/partners/" + partnerId))
			.andExpect(jsonPath("$.capabilities.length()").value(3))
			.andExpect(jsonPath("$.capabilities[0]").value("cloud hosting"));
		declare(partnerId, "{\"capabilities\":[]}", "sofia").andExpect(status().isOk());
		assertThat(partners.get(partnerId).getCapabilities()).as("[] clears them").isEmpty();
	}

	@Test
	void shouldLetThePartnersOwnRepresentativesDeclareButNoOtherPartners() throws Exception {
		String rep = lifecycles.representative(partnerId);
		declare(partnerId, "{\"capabilities\":[\"service desk\"]}", rep).andExpect(status().isOk());

		String other = lifecycles.register();
		declare(other, "{\"capabilities\":[\"service desk\"]}", rep).andExpect(status().isForbidden());
		declare(partnerId, "{\"capabilities\":[\"service desk\"]}", "rita").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Declaring a partner's capabilities is for sourcing-managers"));
	}

	@Test
	void shouldTakeCapabilitiesAtRegistration() throws Exception {
		String body = json.writeValueAsString(java.util.Map.of("name", "Caps " + UUID.randomUUID(), "capabilities",
				java.util.List.of("Data Center", "network")));
		mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.capabilities[0]").value("data center"))
			.andExpect(jsonPath("$.capabilities[1]").value("network"));
		mvc.perform(post("/api/partners").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Caps " + UUID.randomUUID() + "\",\"capabilities\":[\"=cmd|calc\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("capabilities[0]"));
	}

	static Stream<Arguments> badDeclarations() {
		return Stream.of(Arguments.of("{}", "capabilities", "is required, [] for none"),
				Arguments.of("{\"capabilities\":[\" \"]}", "capabilities[0]", "must not be blank"),
				Arguments.of("{\"capabilities\":[\"ok\",null]}", "capabilities[1]", "must not be blank"),
				Arguments.of("{\"capabilities\":[\"" + "x".repeat(51) + "\"]}", "capabilities[0]",
						"must be at most 50 characters, was 51"),
				Arguments.of("{\"capabilities\":[\"-rm\"]}", "capabilities[0]",
						"must start with a letter or digit and hold only letters, digits, spaces and . / & + # -, was '-rm'"),
				Arguments.of("{\"capabilities\":[\"a;b\"]}", "capabilities[0]",
						"must start with a letter or digit and hold only letters, digits, spaces and . / & + # -, was 'a;b'"),
				Arguments.of(
						"{\"capabilities\":"
								+ Stream.iterate(1, i -> i + 1).limit(31).map(i -> "\"t" + i + "\"").toList() + "}",
						"capabilities", "must hold at most 30 capabilities, was 31"),
				Arguments.of("{\"capabilities\":\"cloud\"}", "capabilities", "must be a list"),
				Arguments.of("{\"capabilities\":[],\"tags\":[]}", "tags", "is not a known field"));
	}

	@ParameterizedTest
	@MethodSource("badDeclarations")
	void shouldRefuseABadDeclarationNamingTheField(String body, String field, String reason) throws Exception {
		partners.declareCapabilities(partnerId, java.util.List.of("kept"));
		declare(partnerId, body, "sofia").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(reason));
		assertThat(partners.get(partnerId).getCapabilities()).as("nothing half-written").containsExactly("kept");
	}

	@Test
	void shouldAnswer404ForAnUnknownPartnerAnd409OnceThePartnershipHasEnded() throws Exception {
		declare("no-such-partner", "{\"capabilities\":[\"x\"]}", "sofia").andExpect(status().isNotFound());
		lifecycles.driver().asUser("sofia", () -> terminations.request(partnerId, Side.BUYER, "Not a fit"));
		declare(partnerId, "{\"capabilities\":[\"x\"]}", "sofia").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("partner"));
	}

}
