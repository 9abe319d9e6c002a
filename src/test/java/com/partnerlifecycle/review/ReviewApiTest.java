package com.partnerlifecycle.review;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;

/**
 * {@code GET /api/partners/{id}/reviews/{number}}: blind until the reveal, to both sides;
 * after it both sides' ratings and perception gaps for both, the recommendation in the
 * buyer's copy only; the partner's record's rights; bad numbers 400, unknown partners and
 * reviews 404.
 */
@LifecycleTest
class ReviewApiTest {

	static final String PROVIDER_SECRET_TOPIC = "Our pricing model for next year";

	static final String BUYER_SECRET_TOPIC = "We consider a second provider";

	static final String PROVIDER_SECRET_COMMENT = "Only the partner wrote this";

	static final String BUYER_SECRET_COMMENT = "Only the buyer wrote this";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewDates reviewDates;

	@Autowired
	ObjectMapper json;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	MvcResult call(String partnerId, Object number, String user) throws Exception {
		return mvc
			.perform(get("/api/partners/{id}/reviews/{number}", partnerId, number).header(AUTHORIZATION, basic(user)))
			.andReturn();
	}

	JsonNode review(String partnerId, int number, String user) throws Exception {
		MvcResult result = call(partnerId, number, user);
		assertThat(result.getResponse().getStatus()).as(user + ": " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return json.readTree(result.getResponse().getContentAsString());
	}

	/** An active partner whose first review's meeting is set: both sides may rate. */
	String scheduled() {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		return partnerId;
	}

	static Map<String, Object> withTopic(Map<String, Object> values, String title, String comment) {
		values.put("ratingComment", comment);
		values.put("agendaTopics", List.of(FormValues.map("kind", "STRATEGIC_ISSUE", "title", title, "text",
				title + ": to discuss at the meeting")));
		return values;
	}

	/**
	 * The partner: cooperative 2 (a gap of 2 to the buyer's 4), transparent 3 (a gap of
	 * 1), the others 4.
	 */
	void partnerRates(String partnerId) {
		Map<String, Object> values = withTopic(FormValues.rateAsProvider(4, 77_777, 0), PROVIDER_SECRET_TOPIC,
				PROVIDER_SECRET_COMMENT);
		values.put("ratingCooperative", 2);
		values.put("ratingTransparent", 3);
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId), values);
	}

	/** The buyer: 4 for every value. */
	void buyerRates(String partnerId) {
		driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik",
				withTopic(FormValues.rateAsBuyer(4, 100_000, 0), BUYER_SECRET_TOPIC, BUYER_SECRET_COMMENT));
	}

	static List<String> texts(JsonNode items, String field) {
		List<String> texts = new ArrayList<>();
		items.forEach(item -> texts.add(item.path(field).asText()));
		return texts;
	}

	@Test
	void shouldShowAReviewWithoutAMeetingWithoutARatingDeadline() throws Exception {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);

		JsonNode review = review(partnerId, 1, "sofia");

		assertThat(review.path("number").asInt()).isEqualTo(1);
		assertThat(review.path("status").asText()).isEqualTo("OPEN");
		assertThat(review.path("dueDate").asText()).isEqualTo(reviews.get(partnerId, 1).getDueDate().toString());
		assertThat(review.has("ratingDeadline")).isTrue();
		assertThat(review.path("ratingDeadline").isNull()).isTrue();
		assertThat(review.path("meetingAt").isNull()).isTrue();
		assertThat(review.path("revealed").asBoolean()).isFalse();
	}

	@ParameterizedTest(name = "only the {0} side rated")
	@EnumSource(Side.class)
	void shouldShowNeitherSideAnythingOfEitherSideBeforeTheReveal(Side rated) throws Exception {
		String partnerId = scheduled();
		if (rated == Side.PROVIDER) {
			partnerRates(partnerId);
		}
		else {
			buyerRates(partnerId);
		}
		driver.executeDueJobs(partnerId);

		for (String user : List.of("sofia", "erik", lifecycles.representative(partnerId))) {
			MvcResult result = call(partnerId, 1, user);
			String body = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getStatus()).as(user + ": " + body).isEqualTo(200);
			JsonNode review = json.readTree(body);
			assertThat(review.path("revealed").asBoolean()).as(user).isFalse();
			assertThat(review.path("revealedAt").isNull()).as(user).isTrue();
			assertThat(review.path("status").asText()).as(user).isEqualTo("SCHEDULED");
			assertThat(review.path("ratings")).as(user).isEmpty();
			assertThat(review.path("perceptionGaps")).as(user).isEmpty();
			assertThat(review.path("agenda")).as(user).isEmpty();
			assertThat(review.path("didNotRate")).as(user).isEmpty();
			assertThat(body).as(user)
				.doesNotContain(PROVIDER_SECRET_TOPIC, BUYER_SECRET_TOPIC, PROVIDER_SECRET_COMMENT,
						BUYER_SECRET_COMMENT, "77777", "100000");
			Instant meetingAt = Instant.parse(review.path("meetingAt").asText());
			assertThat(Instant.parse(review.path("ratingDeadline").asText())).as(user)
				.isEqualTo(reviewDates.ratingDeadlineOf(reviews.get(partnerId, 1)))
				.isBefore(meetingAt);
		}
	}

	@Test
	void shouldShowBothSidesBothRatingsAndTheGapsAfterBothRated() throws Exception {
		String partnerId = scheduled();
		String representative = lifecycles.representative(partnerId);
		partnerRates(partnerId);
		buyerRates(partnerId);
		driver.executeDueJobs(partnerId);

		for (String user : List.of("sofia", "erik", representative)) {
			JsonNode review = review(partnerId, 1, user);
			assertThat(review.path("revealed").asBoolean()).as(user).isTrue();
			assertThat(review.path("revealedAt").isTextual()).as(user).isTrue();
			assertThat(review.path("didNotRate")).as(user).isEmpty();

			JsonNode ratings = review.path("ratings");
			assertThat(texts(ratings, "side")).as(user).containsExactly("BUYER", "PROVIDER");
			JsonNode buyer = ratings.get(0);
			JsonNode provider = ratings.get(1);
			assertThat(List.of(buyer.path("cooperative").asInt(), buyer.path("transparent").asInt(),
					buyer.path("endUserFocused").asInt(), buyer.path("innovationDriven").asInt()))
				.containsExactly(4, 4, 4, 4);
			assertThat(List.of(provider.path("cooperative").asInt(), provider.path("transparent").asInt(),
					provider.path("endUserFocused").asInt(), provider.path("innovationDriven").asInt()))
				.containsExactly(2, 3, 4, 4);
			assertThat(buyer.path("values").path("savings").decimalValue()).isEqualByComparingTo("100000");
			assertThat(buyer.path("values").path("revenueEnabled").decimalValue()).isEqualByComparingTo("0");
			assertThat(provider.path("values").path("revenueFromBuyer").decimalValue()).isEqualByComparingTo("77777");
			assertThat(provider.path("values").path("crossBusinessRevenue").decimalValue()).isEqualByComparingTo("0");
			assertThat(buyer.path("comment").asText()).isEqualTo(BUYER_SECRET_COMMENT);
			assertThat(provider.path("comment").asText()).isEqualTo(PROVIDER_SECRET_COMMENT);
			assertThat(buyer.path("ratedBy").asText()).isEqualTo("erik");
			assertThat(provider.path("ratedBy").asText()).isEqualTo(representative);

			JsonNode gaps = review.path("perceptionGaps");
			assertThat(texts(gaps, "value")).as(user)
				.containsExactly("COOPERATIVE", "TRANSPARENT", "END_USER_FOCUSED", "INNOVATION_DRIVEN");
			assertThat(gaps.get(0).path("buyer").asInt()).isEqualTo(4);
			assertThat(gaps.get(0).path("provider").asInt()).isEqualTo(2);
			assertThat(gaps.get(0).path("gap").asInt()).isEqualTo(2);
			assertThat(gaps.get(0).path("flagged").asBoolean()).as("a gap of 2 is flagged").isTrue();
			assertThat(gaps.get(1).path("gap").asInt()).isEqualTo(1);
			assertThat(gaps.get(1).path("flagged").asBoolean()).as("a gap of 1 is not").isFalse();
			assertThat(gaps.get(2).path("flagged").asBoolean()).isFalse();

			JsonNode agenda = review.path("agenda");
			assertThat(texts(agenda, "title")).as(user)
				.contains(BUYER_SECRET_TOPIC, PROVIDER_SECRET_TOPIC, "Perception gap: Cooperative", "Balance of value")
				.doesNotContain("Perception gap: Transparent");
			agenda.forEach(item -> assertThat(item.has("side") && item.has("text") && item.has("kind")).isTrue());
			for (JsonNode item : agenda) {
				if (item.path("title").asText().equals(PROVIDER_SECRET_TOPIC)) {
					assertThat(item.path("side").asText()).isEqualTo("PROVIDER");
					assertThat(item.path("kind").asText()).isEqualTo("STRATEGIC_ISSUE");
				}
				if (item.path("title").asText().equals(BUYER_SECRET_TOPIC)) {
					assertThat(item.path("side").asText()).isEqualTo("BUYER");
				}
			}
		}
	}

	@Test
	void shouldGiveTheRecommendationToTheBuyersPeopleOnly() throws Exception {
		String partnerId = scheduled();
		String representative = lifecycles.representative(partnerId);
		partnerRates(partnerId);
		buyerRates(partnerId);
		driver.executeDueJobs(partnerId);
		lifecycles.recordMinutesAndAccept(partnerId);
		driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva",
				FormValues.decideReview("IMPROVEMENT_PLAN", "Between us: we expect more"));
		driver.executeDueJobs(partnerId);

		JsonNode buyers = review(partnerId, 1, "sofia");
		assertThat(buyers.path("recommendation").asText()).isEqualTo("CONTINUE");
		assertThat(buyers.path("health").asText()).isEqualTo("HEALTHY");
		assertThat(buyers.path("reasons")).isNotEmpty();
		assertThat(buyers.path("decision").asText()).isEqualTo("IMPROVEMENT_PLAN");
		assertThat(buyers.path("decisionComment").asText()).isEqualTo("Between us: we expect more");
		assertThat(review(partnerId, 1, "erik").path("recommendation").asText()).isEqualTo("CONTINUE");

		MvcResult result = call(partnerId, 1, representative);
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
		JsonNode partners = json.readTree(body);
		assertThat(partners.has("recommendation")).as(body).isFalse();
		assertThat(partners.has("reasons")).as(body).isFalse();
		assertThat(partners.has("health")).as(body).isFalse();
		assertThat(partners.has("decisionComment")).as(body).isFalse();
		assertThat(partners.has("decision")).as(body).isFalse();
		assertThat(partners.path("agenda")).isNotEmpty();
		assertThat(texts(partners.path("agenda"), "kind")).doesNotContain("RECOMMENDATION");
		List<String> agendaText = new ArrayList<>(texts(partners.path("agenda"), "title"));
		agendaText.addAll(texts(partners.path("agenda"), "text"));
		for (JsonNode reason : buyers.path("reasons")) {
			assertThat(body).as("the partner's copy").doesNotContain(reason.asText());
		}
		assertThat(agendaText).noneMatch(text -> text.contains(ReviewRecommendation.CONTINUE.label())
				|| text.toLowerCase().contains("recommend"));
		assertThat(body).doesNotContain("Between us: we expect more");

		// nor does the partner's record show the representative the buyer's assessment
		String record = mvc.perform(get("/api/partners/{id}", partnerId).header(AUTHORIZATION, basic(representative)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode history = json.readTree(record).path("reviews").path("history");
		assertThat(history).as(record).isNotEmpty();
		assertThat(history.get(0).has("recommendation")).as(record).isFalse();
		assertThat(history.get(0).has("reasons")).as(record).isFalse();
		assertThat(history.get(0).has("healthy")).as(record).isFalse();
		assertThat(record).doesNotContain("Between us: we expect more");
		String buyersRecord = mvc.perform(get("/api/partners/{id}", partnerId).header(AUTHORIZATION, basic("sofia")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json.readTree(buyersRecord).path("reviews").path("history").get(0).path("recommendation").asText())
			.isEqualTo("CONTINUE");
	}

	@Test
	void shouldAnswerARepresentativeOfAnotherPartnerAsThePartnersRecordDoes() throws Exception {
		String partnerId = scheduled();
		String other = lifecycles.register();
		String stranger = lifecycles.representative(other);
		partnerRates(partnerId);
		buyerRates(partnerId);
		driver.executeDueJobs(partnerId);

		int record = mvc.perform(get("/api/partners/{id}", partnerId).header(AUTHORIZATION, basic(stranger)))
			.andReturn()
			.getResponse()
			.getStatus();
		MvcResult result = call(partnerId, 1, stranger);

		assertThat(record).isIn(403, 404);
		assertThat(result.getResponse().getStatus()).isEqualTo(record);
		assertThat(result.getResponse().getContentAsString()).doesNotContain(PROVIDER_SECRET_TOPIC, BUYER_SECRET_TOPIC,
				PROVIDER_SECRET_COMMENT, BUYER_SECRET_COMMENT);
		assertThat(call("no-such-partner", 1, stranger).getResponse().getStatus())
			.as("an unknown partner, to a representative")
			.isEqualTo(mvc.perform(get("/api/partners/{id}", "no-such-partner").header(AUTHORIZATION, basic(stranger)))
				.andReturn()
				.getResponse()
				.getStatus());
	}

	@Test
	void shouldAnswer401WithoutCredentials() throws Exception {
		MockMvc anonymous = MockMvcBuilders.webAppContextSetup(webContext)
			.addFilters(context.getBean("apiAuthenticationFilter", Filter.class))
			.build();

		assertThat(anonymous.perform(get("/api/partners/{id}/reviews/1", "any")).andReturn().getResponse().getStatus())
			.isEqualTo(401);
	}

	@ParameterizedTest(name = "number {0}")
	@ValueSource(strings = { "0", "-1", "abc", "99999999999", "1.5" })
	void shouldRefuseANumberThatIsNotAPositiveWholeNumber(String number) throws Exception {
		String partnerId = lifecycles.register();

		MvcResult result = call(partnerId, number, "sofia");

		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
		JsonNode problem = json.readTree(body);
		assertThat(problem.path("errors").get(0).path("field").asText()).as(body).isEqualTo("number");
		assertThat(problem.path("errors").get(0).path("message").asText()).as(body)
			.startsWith("must be a whole number");
	}

	@Test
	void shouldAnswer404NamingWhatIsMissing() throws Exception {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);

		MvcResult unknownPartner = call("no-such-partner", 1, "sofia");
		MvcResult unknownReview = call(partnerId, 2, "sofia");

		assertThat(unknownPartner.getResponse().getStatus()).isEqualTo(404);
		assertThat(json.readTree(unknownPartner.getResponse().getContentAsString()).path("detail").asText())
			.isEqualTo("no partner with id 'no-such-partner'");
		assertThat(unknownReview.getResponse().getStatus()).isEqualTo(404);
		assertThat(json.readTree(unknownReview.getResponse().getContentAsString()).path("detail").asText())
			.isEqualTo("no review 2 of partner with id '" + partnerId + "'");
		assertThat(unknownReview.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(call(partnerId, 1, lifecycles.representative(partnerId)).getResponse().getStatus())
			.as("the partner's representative reads its own partner's review")
			.isEqualTo(200);
	}

}
