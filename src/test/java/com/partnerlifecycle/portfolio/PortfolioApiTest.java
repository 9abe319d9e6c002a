package com.partnerlifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.partner.PartnerService;

/**
 * {@code GET /api/portfolio}: counts, reviews due and overdue, health that fell,
 * consolidation candidates.
 */
@LifecycleTest
class PortfolioApiTest {

	static final long BALANCED_BUYER = 100_000;

	static final long BALANCED_PROVIDER = 80_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	PartnerService partners;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		lifecycles.driver().resetClock();
	}

	JsonNode portfolio() throws Exception {
		return json.readTree(mvc.perform(get("/api/portfolio"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	@Test
	void shouldCountPartnersByStageAndActiveOnesByMode() throws Exception {
		JsonNode before = portfolio();
		String candidate = lifecycles.register();
		String active = lifecycles.active();

		JsonNode after = portfolio();
		assertThat(after.at("/byStage/CANDIDATE").asLong()).isEqualTo(before.at("/byStage/CANDIDATE").asLong() + 1);
		assertThat(after.at("/byStage/ACTIVE").asLong()).isEqualTo(before.at("/byStage/ACTIVE").asLong() + 1);
		assertThat(after.at("/activeByMode/VENDOR").asLong()).isEqualTo(before.at("/activeByMode/VENDOR").asLong() + 1);
		assertThat(list(after.get("reviewsDueSoon"))).extracting(n -> n.get("partnerId").asText())
			.doesNotContain(candidate, active); // the first review is due in six months
	}

	@Test
	void shouldShowAReviewDueSoonAndOverdueAndAFallInHealth() throws Exception {
		String partnerId = lifecycles.active();
		lifecycles.review(partnerId, 4, 4, BALANCED_BUYER, BALANCED_PROVIDER, "CONTINUE");
		lifecycles.review(partnerId, 2, 2, BALANCED_BUYER, BALANCED_PROVIDER, "IMPROVEMENT_PLAN");

		assertThat(list(portfolio().get("healthFell"))).filteredOn(n -> n.get("partnerId").asText().equals(partnerId))
			.singleElement()
			.satisfies(
					n -> assertThat(n.get("detail").asText()).isEqualTo("Healthy at review 1, unhealthy at review 2"));

		lifecycles.untilNextReviewStarts(partnerId);
		assertThat(list(portfolio().get("reviewsDueSoon"))).extracting(n -> n.get("partnerId").asText())
			.contains(partnerId);
		lifecycles.clockTo(partnerId, lifecycles.now().plus(java.time.Duration.ofDays(40)));
		assertThat(list(portfolio().get("overdueReviews")))
			.filteredOn(n -> n.get("partnerId").asText().equals(partnerId))
			.singleElement()
			.satisfies(n -> assertThat(n.get("detail").asText()).isEqualTo("Review 3 has no decision"));
	}

	@Test
	void shouldFlagActivePartnersWithACommonCapabilityTheWeakerFirst() throws Exception {
		String tag = "edge " + UUID.randomUUID().toString().substring(0, 8);
		String healthy = lifecycles.active();
		String unhealthy = lifecycles.active();
		String unrelated = lifecycles.active();
		String candidate = lifecycles.register(); // not active: never a consolidation
													// candidate
		partners.declareCapabilities(healthy, List.of(tag, "network"));
		partners.declareCapabilities(unhealthy, List.of(tag));
		partners.declareCapabilities(unrelated, List.of("catering " + tag.substring(5)));
		partners.declareCapabilities(candidate, List.of(tag));
		lifecycles.review(healthy, 4, 4, BALANCED_BUYER, BALANCED_PROVIDER, "CONTINUE");
		lifecycles.review(unhealthy, 2, 3, BALANCED_BUYER, BALANCED_PROVIDER, "IMPROVEMENT_PLAN");

		List<JsonNode> pairs = list(portfolio().get("consolidationCandidates")).stream()
			.filter(n -> list(n.get("sharedCapabilities")).stream().anyMatch(c -> c.asText().equals(tag)))
			.toList();
		assertThat(pairs).singleElement().satisfies(pair -> {
			assertThat(pair.at("/weaker/partnerId").asText()).isEqualTo(unhealthy);
			assertThat(pair.at("/weaker/health").asText()).isEqualTo("UNHEALTHY");
			assertThat(pair.at("/weaker/lowestAverageRating").asDouble()).isEqualTo(2.0);
			assertThat(pair.at("/stronger/partnerId").asText()).isEqualTo(healthy);
			assertThat(pair.at("/stronger/health").asText()).isEqualTo("HEALTHY");
			assertThat(list(pair.get("sharedCapabilities"))).extracting(JsonNode::asText).containsExactly(tag);
		});
	}

	@Test
	void shouldBeForTheBuyersPeopleOnly() throws Exception {
		mvc.perform(get("/api/portfolio").header(TestUsers.AUTHORIZATION, TestUsers.basic("paula")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/portfolio").header(TestUsers.AUTHORIZATION, TestUsers.basic("rita")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/portfolio").header(TestUsers.AUTHORIZATION, "Basic bm9ib2R5Om5vcGU="))
			.andExpect(status().isUnauthorized());
	}

}
