package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * Business reviews on the agreement's calendar: blind ratings, health, mode,
 * recommendation and decision.
 */
@LifecycleTest
class BusinessReviewProcessTest {

	static final long BALANCED_BUYER_VALUE = 100_000;

	static final long BALANCED_PROVIDER_VALUE = 80_000;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewDates reviewDates;

	@Autowired
	TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtimeService;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.active();
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	/**
	 * A quarterly agreement (P3M): the first review is due three months after the start,
	 * the next three later.
	 */
	@Test
	void shouldReviewQuarterlyWithAThreeMonthCadence() {
		String quarterly = lifecycles.atTheGateRecommendingProceed();
		driver.complete(quarterly, com.partnerlifecycle.partner.LifecycleProcess.DECIDE_GATE, "rita",
				FormValues.approveGate());
		java.util.Map<String, Object> draft = new java.util.LinkedHashMap<>(FormValues.draftAgreement(
				lifecycles.inDays(0), lifecycles.inDays(0).plusYears(2), "erik", "Pat", "pat@provider.example"));
		draft.put("reviewCadence", "P3M");
		driver.complete(quarterly, com.partnerlifecycle.partner.LifecycleProcess.DRAFT_AGREEMENT, "sofia", draft);
		driver.complete(quarterly, com.partnerlifecycle.partner.LifecycleProcess.SIGN_AGREEMENT, "erik",
				FormValues.signAgreement());
		java.time.LocalDate start = lifecycles.inDays(0);

		assertThat(reviewDates.nextDueDate(quarterly)).isEqualTo(start.plusMonths(3));
		lifecycles.review(quarterly, 4, 4, BALANCED_BUYER_VALUE, BALANCED_PROVIDER_VALUE, "CONTINUE");
		assertThat(reviewDates.nextDueDate(quarterly)).isEqualTo(start.plusMonths(6));
	}

	/**
	 * A cadence outside quarterly, half-yearly and annual is refused by the agreement
	 * form, naming the field.
	 */
	@Test
	void shouldRefuseACadenceThatIsNotQuarterlyHalfYearlyOrAnnual() {
		String other = lifecycles.atTheGateRecommendingProceed();
		driver.complete(other, com.partnerlifecycle.partner.LifecycleProcess.DECIDE_GATE, "rita",
				FormValues.approveGate());
		java.util.Map<String, Object> draft = new java.util.LinkedHashMap<>(FormValues.draftAgreement(
				lifecycles.inDays(0), lifecycles.inDays(0).plusYears(2), "erik", "Pat", "pat@provider.example"));
		draft.put("reviewCadence", "P2M");

		assertThatThrownBy(() -> driver.complete(other, com.partnerlifecycle.partner.LifecycleProcess.DRAFT_AGREEMENT,
				"sofia", draft))
			.hasMessageContaining("reviewCadence")
			.hasMessageContaining("P3M (quarterly)");
	}

	void healthyReview(String decision) {
		lifecycles.review(partnerId, 4, 4, BALANCED_BUYER_VALUE, BALANCED_PROVIDER_VALUE, decision);
	}

	void unhealthyReview(String decision) {
		lifecycles.review(partnerId, 2, 4, BALANCED_BUYER_VALUE, BALANCED_PROVIDER_VALUE, decision);
	}

	Review lastReview() {
		return reviews.history(partnerId).get(reviews.history(partnerId).size() - 1);
	}

	@Test
	void shouldStartTheFirstReviewTheSchedulingLeadBeforeItsDueDate() {
		LocalDate start = LocalDate.ofInstant(lifecycles.now(), ZoneOffset.UTC);
		assertThat(reviewDates.nextDueDate(partnerId)).isEqualTo(start.plusMonths(6));
		assertThat(driver.openTasks(partnerId, ReviewProcess.SCHEDULE_MEETING)).isEmpty();

		lifecycles.untilNextReviewStarts(partnerId);

		Task schedule = driver.openTask(partnerId, ReviewProcess.SCHEDULE_MEETING);
		assertThat(LocalDate.ofInstant(schedule.getDueDate().toInstant(), ZoneOffset.UTC))
			.isEqualTo(start.plusMonths(6).plusDays(1));
		assertThat(lastReview().getNumber()).isEqualTo(1);
		assertThat(lastReview().getDueDate()).isEqualTo(start.plusMonths(6));
	}

	@Test
	void shouldGiveThePartnersRatingTaskToItsOwnGroup() {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);

		Task providerTask = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);

		assertThat(taskService.getIdentityLinksForTask(providerTask.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("partner-" + partnerId);
	}

	@Test
	void shouldKeepEachSidesRatingsHiddenUntilBothHaveRated() {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);

		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId),
				FormValues.rateAsProvider(1, 77_777, 0));

		Task buyerTask = driver.openTask(partnerId, ReviewProcess.RATE_BUYER);
		Map<String, Object> visibleToBuyer = taskService.getVariables(buyerTask.getId());
		assertThat(visibleToBuyer.keySet()).doesNotContain("ratingCooperative", "revenueFromBuyer",
				"crossBusinessRevenue", "ratingsTable");
		assertThat(visibleToBuyer.values()).map(String::valueOf).noneMatch(value -> value.contains("77777"));
		driver.complete(buyerTask, "erik", FormValues.rateAsBuyer(4, 100_000, 0));
		driver.executeDueJobs(partnerId); // the agenda
		lifecycles.recordMinutesAndAccept(partnerId);
		assertThat(lifecycles.taskVariables(partnerId, ReviewProcess.DECIDE_OUTCOME).get("ratingsTable").toString())
			.contains("\"partnerSide\":1");
	}

	@Test
	void shouldFindAReviewHealthyWhenBothSidesRateWellAndValueIsBalanced() {
		healthyReview("CONTINUE");

		assertThat(lastReview().getHealthy()).isTrue();
		assertThat(lastReview().getRecommendation()).isEqualTo(ReviewRecommendation.CONTINUE);
		assertThat(lastReview().getDecision()).isEqualTo(ReviewRecommendation.CONTINUE);
		assertThat(partners.get(partnerId).getMode()).isEqualTo(Mode.VENDOR);
	}

	@Test
	void shouldMoveToPartnerModeAfterTwoHealthyReviews() {
		healthyReview("CONTINUE");
		healthyReview("CONTINUE");

		assertThat(partners.get(partnerId).getMode()).isEqualTo(Mode.PARTNER);
		assertThat(reviews.history(partnerId)).extracting(Review::getNumber).containsExactly(1, 2);
	}

	@Test
	void shouldFallBackToVendorModeAfterTwoUnhealthyReviews() {
		healthyReview("CONTINUE");
		healthyReview("CONTINUE");
		unhealthyReview("IMPROVEMENT_PLAN");
		assertThat(partners.get(partnerId).getMode()).isEqualTo(Mode.PARTNER);

		unhealthyReview("IMPROVEMENT_PLAN");

		assertThat(partners.get(partnerId).getMode()).isEqualTo(Mode.VENDOR);
	}

	@Test
	void shouldRecommendDissolvingAfterThreeUnhealthyReviews() {
		unhealthyReview("IMPROVEMENT_PLAN");
		unhealthyReview("IMPROVEMENT_PLAN");
		assertThat(lastReview().getRecommendation()).isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);

		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleAndRate(partnerId, 2, 4, BALANCED_BUYER_VALUE, BALANCED_PROVIDER_VALUE);

		assertThat(lastReview().getRecommendation()).isEqualTo(ReviewRecommendation.DISSOLVE);
	}

	@Test
	void shouldBringTheNextReviewForwardAfterAnImprovementPlan() {
		unhealthyReview("IMPROVEMENT_PLAN");

		assertThat(reviewDates.nextDueDate(partnerId)).isEqualTo(lastReview().getDueDate().plusMonths(3));
	}

	@Test
	void shouldKeepTheCadenceAfterAContinueDecision() {
		healthyReview("CONTINUE");

		assertThat(reviewDates.nextDueDate(partnerId)).isEqualTo(lastReview().getDueDate().plusMonths(6));
	}

	@Test
	void shouldStartTheDissolutionWhenTheExecutivesDecideToDissolve() {
		unhealthyReview("DISSOLVE");

		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.DISSOLVING);
		assertThat(driver.openTasks(partnerId, DissolutionProcess.PLAN_EXIT)).hasSize(1);
		lifecycles.assertStageMatchesEngine(partnerId);
	}

	@Test
	void shouldRefuseADissolutionWithoutAComment() {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleAndRate(partnerId, 2, 4, BALANCED_BUYER_VALUE, BALANCED_PROVIDER_VALUE);

		assertThatThrownBy(() -> driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva",
				FormValues.decideReview("DISSOLVE", null)))
			.hasMessageContaining("reviewDecisionComment");
		assertThat(lastReview().getDecision()).isNull();
	}

	@Test
	void shouldRefuseARatingOutOfRangeAndKeepTheTaskOpen() {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);

		assertThatThrownBy(
				() -> driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", FormValues.rateAsBuyer(6, 1, 0)))
			.hasMessageContaining("ratingCooperative: must be between 1 and 5, was 6");
		assertThat(reviews.ratingsOf(lastReview().getId())).isEmpty();
		assertThat(driver.openTasks(partnerId, ReviewProcess.RATE_BUYER)).hasSize(1);
	}

	/**
	 * The service checks the length as the form does: any caller of schedule, not only
	 * Tasklist.
	 */
	@Test
	void shouldRefuseAMeetingTooShortOrTooLongWhenScheduled() {
		lifecycles.untilNextReviewStarts(partnerId);
		Long reviewId = lastReview().getId();
		java.time.Instant meetingAt = lifecycles.now().plus(java.time.Duration.ofDays(9));
		java.util.List<ReviewService.Contact> partner = java.util.List
			.of(new ReviewService.Contact("Pat", "pat@provider.example", "Account manager"));

		for (int meetingDurationMinutes : new int[] { 14, 481 }) {
			assertThatThrownBy(() -> reviews.schedule(reviewId, meetingAt, meetingDurationMinutes,
					java.util.List.of("erik"), partner))
				.hasMessage("meetingDurationMinutes: must be between 15 and 480, was " + meetingDurationMinutes);
		}
		assertThat(lastReview().getMeetingAt()).isNull();
	}

	@Test
	void shouldRefuseAMeetingTooLongInTasklist() {
		lifecycles.untilNextReviewStarts(partnerId);
		java.util.Map<String, Object> plan = new java.util.HashMap<>(FormValues.scheduleReviewMeeting(
				lifecycles.now().plus(java.time.Duration.ofDays(9)).atOffset(java.time.ZoneOffset.UTC).toString(),
				"erik", "Pat", "pat@provider.example"));
		plan.put("meetingDurationMinutes", 481);

		assertThatThrownBy(() -> driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia", plan))
			.hasMessageContaining("meetingDurationMinutes: must be between 15 and 480, was 481");
		assertThat(lastReview().getMeetingAt()).isNull();
	}

	@Test
	void shouldRefuseAMeetingInThePast() {
		lifecycles.untilNextReviewStarts(partnerId);

		assertThatThrownBy(() -> driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia",
				FormValues.scheduleReviewMeeting("2020-01-01T10:00:00Z", "erik", "Pat", "pat@provider.example")))
			.hasMessageContaining("meetingDate: must be in the future");
		assertThat(lastReview().getMeetingAt()).isNull();
	}

	/**
	 * The same window as moving a meeting through the API (ReviewDates): at most 2 years
	 * ahead.
	 */
	@Test
	void shouldRefuseAMeetingMoreThanTwoYearsAhead() {
		lifecycles.untilNextReviewStarts(partnerId);

		assertThatThrownBy(() -> driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia",
				FormValues.scheduleReviewMeeting(lifecycles.now()
					.plus(java.time.Duration.ofDays(3 * 366))
					.atOffset(java.time.ZoneOffset.UTC)
					.toString(), "erik", "Pat", "pat@provider.example")))
			.hasMessageContaining("meetingDate: must be within 2 years from now");
		assertThat(lastReview().getMeetingAt()).isNull();
	}

	@Test
	void shouldRefuseAnExpressionThatNamesAnotherProcesssReview() {
		String other = lifecycles.active();
		lifecycles.untilNextReviewStarts(other);
		lifecycles.untilNextReviewStarts(partnerId);
		Task schedule = driver.openTask(partnerId, ReviewProcess.SCHEDULE_MEETING);
		// deployed BPMN reads the review id from a variable for its timers and due dates:
		// rewritten here as an admin
		// could; the listeners find the review from the process instance, the expressions
		// refuse the foreign id
		runtimeService.setVariable(schedule.getProcessInstanceId(), "reviewId", lastReviewOf(other).getId());

		assertThatThrownBy(() -> lifecycles.scheduleMeeting(partnerId))
			.hasMessageContaining("does not belong to process instance " + schedule.getProcessInstanceId());
		assertThat(lastReviewOf(other).getMeetingAt()).isNull();
		assertThat(driver.openTasks(partnerId, ReviewProcess.RATE_BUYER)).isEmpty(); // the
																						// step
																						// stays
																						// for
																						// a
																						// person
	}

	private Review lastReviewOf(String partner) {
		java.util.List<Review> history = reviews.history(partner);
		return history.get(history.size() - 1);
	}

}
