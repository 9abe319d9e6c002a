package com.partnerlifecycle.termination;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * A provider's request entered by the buyer's people is on behalf of the provider and
 * names who asked; the partner's own representatives ask for the provider themselves. The
 * record shows who entered each request and for whom.
 */
@LifecycleTest
class TerminationOnBehalfOfApiTest {

	static final String PROVIDER = "{\"requestedBy\":\"PROVIDER\",\"reason\":\"New strategy\"";

	static final String BUYER = "{\"requestedBy\":\"BUYER\",\"reason\":\"Budget cut\"";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PartnerService partners;

	@Autowired
	TerminationRequestRepository requests;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	ResultActions terminate(String partnerId, String user, String body) throws Exception {
		return mvc.perform(post("/api/partners/{id}/termination-requests", partnerId).header(AUTHORIZATION, basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions record(String partnerId) throws Exception {
		return mvc.perform(get("/api/partners/{id}", partnerId)).andExpect(status().isOk());
	}

	void assertNothingChanged(String partnerId) {
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.CANDIDATE);
		assertThat(requests.findByPartnerIdOrderByRequestedAtAscIdAsc(partnerId)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "sofia, '}'", "erik, '}'", "sofia, ',\"onBehalfOf\":\"\"}'",
			"sofia, ',\"onBehalfOfEmail\":\"liam.grant@litware.example\"}'" })
	void shouldRefuseTheBuyersPeopleRecordingTheProvidersRequestWithoutNamingWhoAsked(String user, String rest)
			throws Exception {
		String id = lifecycles.register();

		terminate(id, user, PROVIDER + rest).andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("onBehalfOf"))
			.andExpect(jsonPath("$.errors[0].message", containsString(
					"is required when a sourcing manager or executive records a request of the provider")));

		assertNothingChanged(id);
	}

	@Test
	void shouldRecordTheProvidersRequestOnBehalfOfTheProvidersPersonWhoAsked() throws Exception {
		String id = lifecycles.register();

		terminate(id, "sofia", PROVIDER
				+ ",\"onBehalfOf\":\" Liam Grant, Litware Hosting \",\"onBehalfOfEmail\":\"liam.grant@litware.example\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.requestedBy").value("PROVIDER"))
			.andExpect(jsonPath("$.enteredBy.userId").value("sofia"))
			.andExpect(jsonPath("$.enteredBy.name").value("Sofia Lind"))
			.andExpect(jsonPath("$.onBehalfOf.name").value("Liam Grant, Litware Hosting"))
			.andExpect(jsonPath("$.onBehalfOf.email").value("liam.grant@litware.example"))
			.andExpect(jsonPath("$.stage").value("WITHDRAWN"));

		record(id).andExpect(jsonPath("$.terminationRequests.length()").value(1))
			.andExpect(jsonPath("$.terminationRequests[0].requestedBy").value("PROVIDER"))
			.andExpect(jsonPath("$.terminationRequests[0].enteredBy.userId").value("sofia"))
			.andExpect(jsonPath("$.terminationRequests[0].enteredBy.name").value("Sofia Lind"))
			.andExpect(jsonPath("$.terminationRequests[0].onBehalfOf.name").value("Liam Grant, Litware Hosting"))
			.andExpect(jsonPath("$.terminationRequests[0].onBehalfOf.email").value("liam.grant@litware.example"));
		TerminationRequest stored = requests.findByPartnerIdOrderByRequestedAtAscIdAsc(id).get(0);
		assertThat(stored.getRequestedByUser()).isEqualTo("sofia");
		assertThat(stored.getOnBehalfOf())
			.contains(new OnBehalfOf("Liam Grant, Litware Hosting", "liam.grant@litware.example"));
	}

	@Test
	void shouldLetAnExecutiveRecordTheProvidersRequestWithAName() throws Exception {
		String id = lifecycles.register();

		terminate(id, "erik", PROVIDER + ",\"onBehalfOf\":\"Liam Grant\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.enteredBy.userId").value("erik"))
			.andExpect(jsonPath("$.enteredBy.name").value("Erik Holm"))
			.andExpect(jsonPath("$.onBehalfOf.name").value("Liam Grant"))
			.andExpect(jsonPath("$.onBehalfOf.email").doesNotExist());
	}

	@Test
	void shouldLetThePartnersOwnRepresentativeAskWithoutOnBehalfOf() throws Exception {
		String id = lifecycles.register();
		String representative = lifecycles.representative(id);

		terminate(id, representative, PROVIDER + "}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.enteredBy.userId").value(representative))
			.andExpect(jsonPath("$.enteredBy.name").value("Pat Provider"))
			.andExpect(jsonPath("$.onBehalfOf").doesNotExist());

		record(id).andExpect(jsonPath("$.terminationRequests[0].enteredBy.userId").value(representative))
			.andExpect(jsonPath("$.terminationRequests[0].onBehalfOf").doesNotExist());
		assertThat(requests.findByPartnerIdOrderByRequestedAtAscIdAsc(id).get(0).getOnBehalfOf()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "'\"onBehalfOf\":\"Liam Grant\"', onBehalfOf", "'\"onBehalfOf\":\"\"', onBehalfOf",
			"'\"onBehalfOfEmail\":\"liam.grant@litware.example\"', onBehalfOfEmail" })
	void shouldRefuseOnBehalfOfFromThePartnersOwnRepresentative(String field, String named) throws Exception {
		String id = lifecycles.register();

		terminate(id, lifecycles.representative(id), PROVIDER + "," + field + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(named))
			.andExpect(jsonPath("$.errors[0].message", containsString("the partner's own representative asks")));

		assertNothingChanged(id);
	}

	@ParameterizedTest
	@CsvSource({ "'\"onBehalfOf\":\"Liam Grant\"', onBehalfOf",
			"'\"onBehalfOfEmail\":\"liam.grant@litware.example\"', onBehalfOfEmail" })
	void shouldRefuseOnBehalfOfWithABuyersRequest(String field, String named) throws Exception {
		String id = lifecycles.register();

		terminate(id, "sofia", BUYER + "," + field + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(named))
			.andExpect(jsonPath("$.errors[0].message", containsString("a request of the buyer")));

		assertNothingChanged(id);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"\"onBehalfOf\":\"Liam Grant\",\"onBehalfOfEmail\":\"not an address\"|onBehalfOfEmail|an e-mail address",
			"\"onBehalfOf\":\"Liam Grant\\nLitware\"|onBehalfOf|on one line",
			"\"onBehalfOf\":\"xxx\"|onBehalfOf|at most 200 characters" })
	void shouldRefuseABadNameOrAddressNamingTheField(String spec) throws Exception {
		String[] parts = spec.split("\\|");
		String body = PROVIDER + "," + parts[0].replace("xxx", "x".repeat(201)) + "}";
		String id = lifecycles.register();

		terminate(id, "sofia", body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(parts[1]))
			.andExpect(jsonPath("$.errors[0].message", containsString(parts[2])));

		assertNothingChanged(id);
	}

	@Test
	void shouldStillRefuseOthersRecordingTheProvidersRequest() throws Exception {
		String id = lifecycles.register();

		terminate(id, "rita", PROVIDER + ",\"onBehalfOf\":\"Liam Grant\"}").andExpect(status().isForbidden());

		assertNothingChanged(id);
	}

}
