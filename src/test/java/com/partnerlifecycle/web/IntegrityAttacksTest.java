package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.evaluation.EvaluationService;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewRating;
import com.partnerlifecycle.review.ReviewRatingRepository;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.summit.SummitProcess;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * The attacks a tester made with a demo user's password and nothing but the engine API,
 * each through both doors ({@code /engine-rest} and the web apps'
 * {@code /camunda/api/engine}): ids injected into a completion or rewritten as variables
 * are refused and change no record; one side's ratings reach no channel before the
 * reveal. Runs first among the web tests, while the demo summit still collects Fabrikam's
 * proposal.
 */
@WebAppTest
@Order(WebAppTest.ORDER - 1)
class IntegrityAttacksTest extends DoorTest {

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewRatingRepository ratings;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	PartnerService partners;

	/**
	 * An active partner whose review meeting is scheduled: both rating tasks are open.
	 */
	String atTheRating() {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		return partnerId;
	}

	Review reviewOf(String partnerId) {
		List<Review> history = reviews.history(partnerId);
		return history.get(history.size() - 1);
	}

	List<ReviewRating> stored(Review review) {
		return ratings.findByReviewId(review.getId());
	}

	static String providerRating(Map<String, Object> extra) {
		Map<String, Object> values = new java.util.LinkedHashMap<>(FormValues.rateAsProvider(4, 90_000, 5_000));
		values.putAll(extra);
		return EngineDoors.variables(values);
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseAReviewIdInjectedIntoARatingAndRateOnlyTheTasksOwnReview(Door door) {
		String own = atTheRating();
		String other = atTheRating();
		String representative = lifecycles.representative(own);
		String taskId = driver.openTask(own, ReviewProcess.RATE_PROVIDER).getId();
		EngineDoors.Caller rep = doors.as(representative, door);
		assertThat(rep.post("/task/" + taskId + "/claim", "{\"userId\":\"" + representative + "\"}").statusCode())
			.isEqualTo(204);

		HttpResponse<String> injected = rep.post("/task/" + taskId + "/submit-form",
				providerRating(Map.of("reviewId", reviewOf(other).getId())));
		HttpResponse<String> rewritten = rep.put("/task/" + taskId + "/variables/reviewId",
				"{\"value\": " + reviewOf(other).getId() + ", \"type\": \"Long\"}");
		HttpResponse<String> rated = rep.post("/task/" + taskId + "/submit-form", providerRating(Map.of()));

		assertThat(injected.statusCode()).isEqualTo(400);
		assertThat(injected.body()).contains("reviewId: is not a field of this form");
		assertThat(rewritten.statusCode()).isEqualTo(403);
		assertThat(rated.statusCode()).isEqualTo(204);
		assertThat(stored(reviewOf(own))).extracting(ReviewRating::getSide)
			.containsExactly(com.partnerlifecycle.common.Side.PROVIDER);
		assertThat(stored(reviewOf(other))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseAGateDecisionThatNamesAnotherPartnersEvaluation(Door door) {
		String decided = lifecycles.active(); // its evaluation was decided by rita
		String atTheGate = lifecycles.throughPilots("0.5", 3); // a weak candidate: the
																// gate recommends against
		lifecycles.enterEvaluation(atTheGate, "sofia", 3, new FormValues.IntendedComponent("ERP", "INTEGRATION", 0.4));
		Long otherEvaluation = evaluations.latest(decided).orElseThrow().getId();
		String taskId = driver.openTask(atTheGate, LifecycleProcess.DECIDE_GATE).getId();
		EngineDoors.Caller raj = doors.as("raj", door);
		raj.post("/task/" + taskId + "/claim", "{\"userId\":\"raj\"}");

		HttpResponse<String> injected = raj.post("/task/" + taskId + "/submit-form",
				EngineDoors.variables(Map.of("gateApproval", "APPROVE", "evaluationId", otherEvaluation)));
		HttpResponse<String> rewritten = raj.put("/task/" + taskId + "/variables/evaluationId",
				"{\"value\": " + otherEvaluation + ", \"type\": \"Long\"}");
		HttpResponse<String> unacknowledged = raj.post("/task/" + taskId + "/submit-form",
				EngineDoors.variables(Map.of("gateApproval", "APPROVE")));

		assertThat(injected.statusCode()).isEqualTo(400);
		assertThat(injected.body()).contains("evaluationId: is not a field of this form");
		assertThat(rewritten.statusCode()).isEqualTo(403);
		assertThat(unacknowledged.statusCode()).isEqualTo(400);
		assertThat(unacknowledged.body()).contains("complexityAcknowledged");
		assertThat(partners.get(atTheGate).getStage()).isEqualTo(Stage.EVALUATION);
		assertThat(evaluations.latest(decided).orElseThrow().getDecidedBy()).isEqualTo("rita");
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseRewritingTheSummitOrStoringLargeValuesFromAPartnersTask(Door door) {
		String taskId = driver.openTasks("fabrikam-data-center", SummitProcess.SUBMIT_PROPOSALS)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo summit's proposal task for Fabrikam is gone"))
			.getId();
		EngineDoors.Caller paula = doors.as("paula", door);
		String big = "x".repeat(5 * 1024 * 1024);

		HttpResponse<String> summit = paula.put("/task/" + taskId + "/variables/summitId",
				"{\"value\": 999, \"type\": \"Long\"}");
		HttpResponse<String> newVariable = paula.put("/task/" + taskId + "/variables/anything",
				"{\"value\": \"x\", \"type\": \"String\"}");
		HttpResponse<String> large = paula.post("/task/" + taskId + "/submit-form",
				"{\"variables\":{\"proposals\":{\"type\":\"Json\",\"value\":\"" + big + "\"}}}");

		assertThat(summit.statusCode()).isEqualTo(403);
		assertThat(newVariable.statusCode()).isEqualTo(403);
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(driver.variable(driver.openTask("fabrikam-data-center", SummitProcess.SUBMIT_PROPOSALS), "summitId"))
			.isNull();
	}

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldShowNoSidesRatingsThroughAnyChannelBeforeTheReveal(Door door) throws Exception {
		String partnerId = atTheRating();
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId),
				FormValues.rateAsProvider(2, 123_456, 0));
		Review review = reviewOf(partnerId);
		EngineDoors.Caller sofia = doors.as("sofia", door);
		EngineDoors.Caller admin = doors.as("admin", door); // sees all history: what is
															// not there is not stored
		String buyerTask = driver.openTask(partnerId, ReviewProcess.RATE_BUYER).getId();

		List<String> channels = new java.util.ArrayList<>();
		for (EngineDoors.Caller reader : List.of(sofia, admin)) {
			channels.add(reader
				.get("/history/variable-instance?includeDeleted=true&variableName=ratingCooperative" + "&maxResults=50")
				.body());
			channels.add(
					reader
						.get("/history/variable-instance?includeDeleted=true&processInstanceId="
								+ review.getProcessInstanceId() + "&maxResults=200")
						.body());
			channels.add(
					reader.get("/history/detail?processInstanceId=" + review.getProcessInstanceId() + "&maxResults=200")
						.body());
		}
		channels
			.addAll(List.of(
					sofia
						.get("/variable-instance?processInstanceIdIn=" + review.getProcessInstanceId()
								+ "&maxResults=200")
						.body(),
					sofia.get("/task/" + buyerTask + "/form-variables").body(),
					sofia.get("/task/" + buyerTask + "/variables").body(), api("/api/partners/" + partnerId),
					api("/api/partners/" + partnerId + "/reviews.csv")));
		assertThat(channels.get(4)).as("the admin reads the review's history").contains("partnerId");

		assertThat(channels).allSatisfy(channel -> assertThat(channel).doesNotContain("123456")
			.doesNotContain("ratingCooperative")
			.doesNotContain("revenueFromBuyer"));
		assertThat(api("/api/partners/" + partnerId + "/reviews.csv")).doesNotContain("2.00");

		driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", FormValues.rateAsBuyer(4, 100_000, 0));
		assertThat(api("/api/partners/" + partnerId + "/reviews.csv")).contains("2.00").contains("4.00");
	}

	String api(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", TestUsers.basic("sofia"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
