package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.Mode;

/** Health, mode and recommendation of a business review, at every threshold. */
class ReviewRulesTest {

	static final ValueRatings GOOD = new ValueRatings(4, 4, 4, 4);

	static final ValueRatings POOR = new ValueRatings(2, 2, 2, 2);

	final ReviewRules rules = new ReviewRules(ReviewProperties.defaults());

	static ReviewInput input(ValueRatings buyer, ValueRatings provider, long buyerValue, long providerValue,
			List<Boolean> previous, Mode mode) {
		return new ReviewInput(buyer, provider, BigDecimal.valueOf(buyerValue), BigDecimal.valueOf(providerValue),
				previous.stream().map(h -> h ? ReviewHealth.HEALTHY : ReviewHealth.UNHEALTHY).toList(), mode);
	}

	static ReviewInput balanced(ValueRatings buyer, ValueRatings provider) {
		return input(buyer, provider, 100, 100, List.of(), Mode.VENDOR);
	}

	@Test
	void shouldBeHealthyWithGoodRatingsAndBalancedValue() {
		ReviewOutcome outcome = rules.assess(balanced(GOOD, GOOD));

		assertThat(outcome.healthy()).isTrue();
		assertThat(outcome.recommendation()).isEqualTo(ReviewRecommendation.CONTINUE);
		assertThat(outcome.valueRatio()).isEqualTo(1.0);
	}

	@Test
	void shouldBeHealthyWithAnAverageOfExactlyThree() {
		// (3 + 3 + 3 + 3) / 4 = 3.0 reaches the line
		assertThat(rules.assess(balanced(new ValueRatings(3, 3, 3, 3), GOOD)).healthy()).isTrue();
	}

	@Test
	void shouldBeUnhealthyWithAnAverageJustBelowThree() {
		// (3 + 3 + 3 + 2) / 4 = 2.75
		ReviewOutcome outcome = rules.assess(balanced(GOOD, new ValueRatings(3, 3, 3, 2)));

		assertThat(outcome.healthy()).isFalse();
		assertThat(outcome.providerAverage()).isEqualTo(2.75);
		assertThat(outcome.reasons()).anyMatch(r -> r.contains("the partner's side is below 3"));
	}

	@ParameterizedTest(name = "{0} for us, {1} for the partner: healthy = {2}")
	@CsvSource({ "200, 100, true", "100, 200, true", "201, 100, false", "100, 201, false", "250000, 40000, false" })
	void shouldAllowAtMostTwiceTheValueOnOneSide(long buyerValue, long providerValue, boolean healthy) {
		ReviewOutcome outcome = rules.assess(input(GOOD, GOOD, buyerValue, providerValue, List.of(), Mode.VENDOR));

		assertThat(outcome.healthy()).isEqualTo(healthy);
	}

	@Test
	void shouldNameTheImbalanceWithItsFigures() {
		ReviewOutcome outcome = rules.assess(input(GOOD, GOOD, 250_000, 40_000, List.of(), Mode.VENDOR));

		assertThat(outcome.valueRatio()).isEqualTo(6.25);
		assertThat(outcome.reasons())
			.contains("Value is unbalanced: 250,000 for us against 40,000 for the partner (6.25×, at most 2×)");
	}

	@ParameterizedTest
	@CsvSource({ "0, 100, We received no value", "100, 0, The partner received no value",
			"0, 0, Neither side received value" })
	void shouldTreatASideWithoutValueAsUnbalanced(long buyerValue, long providerValue, String reason) {
		ReviewOutcome outcome = rules.assess(input(GOOD, GOOD, buyerValue, providerValue, List.of(), Mode.VENDOR));

		assertThat(outcome.healthy()).isFalse();
		assertThat(outcome.valueRatio()).isNull();
		assertThat(outcome.reasons()).anyMatch(r -> r.startsWith(reason));
	}

	@Test
	void shouldStayInVendorModeAfterOneHealthyReview() {
		assertThat(rules.assess(balanced(GOOD, GOOD)).mode()).isEqualTo(Mode.VENDOR);
	}

	@Test
	void shouldMoveToPartnerModeAfterTwoHealthyReviewsInARow() {
		ReviewOutcome outcome = rules.assess(input(GOOD, GOOD, 100, 100, List.of(true), Mode.VENDOR));

		assertThat(outcome.mode()).isEqualTo(Mode.PARTNER);
		assertThat(outcome.reasons()).contains("2 healthy reviews in a row: the relationship moves to partner mode");
	}

	@Test
	void shouldNotCountHealthyReviewsBeforeAnUnhealthyOne() {
		assertThat(rules.assess(input(GOOD, GOOD, 100, 100, List.of(true, false), Mode.VENDOR)).mode())
			.isEqualTo(Mode.VENDOR);
	}

	@Test
	void shouldStayInPartnerModeAfterOneUnhealthyReview() {
		assertThat(rules.assess(input(POOR, GOOD, 100, 100, List.of(true, true), Mode.PARTNER)).mode())
			.isEqualTo(Mode.PARTNER);
	}

	@Test
	void shouldFallBackToVendorModeAfterTwoUnhealthyReviewsInARow() {
		ReviewOutcome outcome = rules.assess(input(POOR, GOOD, 100, 100, List.of(true, true, false), Mode.PARTNER));

		assertThat(outcome.mode()).isEqualTo(Mode.VENDOR);
		assertThat(outcome.reasons()).anyMatch(r -> r.contains("falls back to vendor mode"));
	}

	@Test
	void shouldRecommendAnImprovementPlanWhenUnhealthy() {
		assertThat(rules.assess(balanced(POOR, GOOD)).recommendation())
			.isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
	}

	@Test
	void shouldNotRecommendDissolvingAfterTwoUnhealthyReviews() {
		assertThat(rules.assess(input(POOR, GOOD, 100, 100, List.of(false), Mode.VENDOR)).recommendation())
			.isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
	}

	@Test
	void shouldRecommendDissolvingAfterThreeUnhealthyReviewsInARow() {
		ReviewOutcome outcome = rules.assess(input(POOR, GOOD, 100, 100, List.of(false, false), Mode.VENDOR));

		assertThat(outcome.recommendation()).isEqualTo(ReviewRecommendation.DISSOLVE);
		assertThat(outcome.reasons()).contains("3 unhealthy reviews in a row: dissolution recommended");
	}

	@Test
	void shouldRestartTheUnhealthyCountAfterAHealthyReview() {
		assertThat(rules.assess(input(POOR, GOOD, 100, 100, List.of(false, true, false), Mode.VENDOR)).recommendation())
			.isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
	}

	@Test
	void shouldFollowConfiguredThresholds() {
		ReviewRules strict = new ReviewRules(
				new ReviewProperties(4.5, 1.2, 3, 1, 2, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK));

		ReviewOutcome outcome = strict.assess(input(GOOD, GOOD, 100, 100, List.of(false), Mode.PARTNER));

		assertThat(outcome.healthy()).isFalse();
		assertThat(outcome.mode()).isEqualTo(Mode.VENDOR);
		assertThat(outcome.recommendation()).isEqualTo(ReviewRecommendation.DISSOLVE);
	}

	@ParameterizedTest
	@CsvSource({ "0, 3, 3, 3, ratingCooperative", "3, 6, 3, 3, ratingTransparent", "3, 3, -1, 3, ratingEndUserFocused",
			"3, 3, 3, 9, ratingInnovationDriven" })
	void shouldRefuseRatingsOutsideOneToFive(int a, int b, int c, int d, String field) {
		assertThatThrownBy(() -> new ValueRatings(a, b, c, d)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field))
			.hasMessageContaining("must be between 1 and 5");
	}

	@ParameterizedTest
	@CsvSource({ "IMPROVEMENT_PLAN", "DISSOLVE" })
	void shouldRefuseADecisionOtherThanContinueWithoutAComment(ReviewRecommendation decision) {
		assertThatThrownBy(() -> ReviewRules.requireDecisionComment(decision, null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("reviewDecisionComment: say why: an improvement plan or a dissolution needs a comment");
	}

	@Test
	void shouldTakeContinueWithoutAComment() {
		ReviewRules.requireDecisionComment(ReviewRecommendation.CONTINUE, null);
		ReviewRules.requireDecisionComment(ReviewRecommendation.DISSOLVE, "three unhealthy reviews");
	}

	@Test
	void shouldRefuseANegativeValue() {
		assertThatThrownBy(() -> input(GOOD, GOOD, -1, 100, List.of(), Mode.VENDOR))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("buyerValue: must be zero or more");
	}

	// perception gaps

	static ReviewRules gapsFlaggedAt(double gapFlaggedAt) {
		return new ReviewRules(new ReviewProperties(3, 2, 2, 2, 3, gapFlaggedAt, OneSidedReview.BREAKS_HEALTHY_STREAK));
	}

	@Test
	void shouldFlagAGapOfTwoButNotOfOneAtTheDefaultOfOnePointFive() {
		// cooperative 4/3 (gap 1), transparent 4/2 (gap 2), end-user focused 3/3 (0),
		// innovation-driven 1/5 (4)
		List<PerceptionGap> gaps = rules.perceptionGaps(new ValueRatings(4, 4, 3, 1), new ValueRatings(3, 2, 3, 5));

		assertThat(gaps).extracting(PerceptionGap::gap).containsExactly(1, 2, 0, 4);
		assertThat(gaps).extracting(PerceptionGap::flagged).containsExactly(false, true, false, true);
	}

	@Test
	void shouldFlagFromTheConfiguredGapOn() {
		List<PerceptionGap> gaps = gapsFlaggedAt(2.0).perceptionGaps(new ValueRatings(4, 4, 3, 1),
				new ValueRatings(3, 2, 3, 5));

		assertThat(gaps).extracting(PerceptionGap::gap).containsExactly(1, 2, 0, 4);
		assertThat(gaps).extracting(PerceptionGap::flagged).containsExactly(false, true, false, true);
		assertThat(gapsFlaggedAt(2.5).perceptionGaps(new ValueRatings(4, 4, 3, 1), new ValueRatings(3, 2, 3, 5)))
			.extracting(PerceptionGap::flagged)
			.containsExactly(false, false, false, true);
	}

	@Test
	void shouldListTheGapsInTheOrderOfTheValuesWithBothRatings() {
		List<PerceptionGap> gaps = rules.perceptionGaps(new ValueRatings(5, 1, 2, 3), new ValueRatings(1, 5, 4, 3));

		assertThat(gaps).extracting(PerceptionGap::value)
			.containsExactly(ValueRatings.Value.COOPERATIVE, ValueRatings.Value.TRANSPARENT,
					ValueRatings.Value.END_USER_FOCUSED, ValueRatings.Value.INNOVATION_DRIVEN);
		assertThat(gaps).extracting(PerceptionGap::buyer).containsExactly(5, 1, 2, 3);
		assertThat(gaps).extracting(PerceptionGap::provider).containsExactly(1, 5, 4, 3);
		assertThat(gaps).extracting(PerceptionGap::gap).as("never negative").containsExactly(4, 4, 2, 0);
	}

	@Test
	void shouldFindNoGapsWhenASideDidNotRate() {
		assertThat(rules.perceptionGaps(GOOD, null)).isEmpty();
		assertThat(rules.perceptionGaps(null, GOOD)).isEmpty();
		assertThat(rules.perceptionGaps(null, null)).isEmpty();
	}

	// one-sided reviews: a side did not rate before the deadline

	static ReviewRules oneSided(OneSidedReview oneSidedReview) {
		return new ReviewRules(new ReviewProperties(3, 2, 2, 2, 3, 1.5, oneSidedReview));
	}

	/**
	 * Our side rated (well), the partner's did not; the earlier reviews' health as given.
	 */
	static ReviewInput partnerDidNotRate(Mode mode, ReviewHealth... previous) {
		return new ReviewInput(GOOD, null, BigDecimal.valueOf(100), null, List.of(previous), mode);
	}

	/** Both sides rated, value balanced; the earlier reviews' health as given. */
	static ReviewInput both(ValueRatings buyer, ValueRatings provider, Mode mode, ReviewHealth... previous) {
		return new ReviewInput(buyer, provider, BigDecimal.valueOf(100), BigDecimal.valueOf(100), List.of(previous),
				mode);
	}

	static ReviewInput weDidNotRate(Mode mode, ReviewHealth... previous) {
		return new ReviewInput(null, GOOD, null, BigDecimal.valueOf(100), List.of(previous), mode);
	}

	@Test
	void shouldFindNoHealthInAOneSidedReviewAndRecommendAnImprovementPlan() {
		ReviewOutcome outcome = rules.assess(partnerDidNotRate(Mode.VENDOR));

		assertThat(outcome.healthy()).isNull();
		assertThat(outcome.health()).isEqualTo(ReviewHealth.ONE_SIDED);
		assertThat(outcome.buyerAverage()).isEqualTo(4.0);
		assertThat(outcome.providerAverage()).isNull();
		assertThat(outcome.valueRatio()).isNull();
		assertThat(outcome.recommendation()).isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
		assertThat(outcome.mode()).isEqualTo(Mode.VENDOR);
	}

	@Test
	void shouldNameTheSideThatDidNotRate() {
		assertThat(rules.assess(partnerDidNotRate(Mode.VENDOR)).reasons()).contains(
				"The partner's side did not rate before the deadline: a one-sided review, its health cannot be found")
			.noneMatch(r -> r.startsWith("Our side"));
		assertThat(rules.assess(weDidNotRate(Mode.VENDOR)).reasons())
			.contains("Our side did not rate before the deadline: a one-sided review, its health cannot be found")
			.noneMatch(r -> r.startsWith("The partner's side"));
		assertThat(rules.assess(new ReviewInput(null, null, null, null, List.of(), Mode.VENDOR)).reasons())
			.contains("Neither side rated before the deadline: a one-sided review, its health cannot be found");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.EnumSource(OneSidedReview.class)
	void shouldRecommendAnImprovementPlanForAOneSidedReviewWhateverTheSetting(OneSidedReview setting) {
		ReviewOutcome outcome = oneSided(setting).assess(weDidNotRate(Mode.VENDOR));

		assertThat(outcome.recommendation()).isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
		assertThat(outcome.reasons()).anyMatch(r -> r.startsWith("One-sided review: an improvement plan"));
	}

	@Test
	void shouldBreakAHealthyStreakByDefault() {
		// HEALTHY, ONE_SIDED, then HEALTHY: not two healthy in a row
		ReviewOutcome afterHealthy = rules.assess(partnerDidNotRate(Mode.VENDOR, ReviewHealth.HEALTHY));
		ReviewOutcome healthyAfterOneSided = rules
			.assess(both(GOOD, GOOD, Mode.VENDOR, ReviewHealth.HEALTHY, ReviewHealth.ONE_SIDED));

		assertThat(afterHealthy.mode()).isEqualTo(Mode.VENDOR);
		assertThat(healthyAfterOneSided.healthy()).isTrue();
		assertThat(healthyAfterOneSided.mode()).as("the one-sided review broke the streak").isEqualTo(Mode.VENDOR);
		assertThat(healthyAfterOneSided.reasons()).noneMatch(r -> r.contains("partner mode"));
	}

	@Test
	void shouldNotCountAOneSidedReviewTowardVendorModeOrDissolutionByDefault() {
		ReviewOutcome outcome = rules
			.assess(partnerDidNotRate(Mode.PARTNER, ReviewHealth.UNHEALTHY, ReviewHealth.UNHEALTHY));

		assertThat(outcome.mode()).isEqualTo(Mode.PARTNER);
		assertThat(outcome.recommendation()).isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
		// UNHEALTHY, ONE_SIDED, UNHEALTHY: skipped in the unhealthy run, neither counted
		// nor breaking it
		ReviewOutcome unhealthyAfter = rules
			.assess(both(POOR, GOOD, Mode.PARTNER, ReviewHealth.UNHEALTHY, ReviewHealth.ONE_SIDED));
		assertThat(unhealthyAfter.mode()).isEqualTo(Mode.VENDOR);
		assertThat(unhealthyAfter.reasons())
			.contains("2 unhealthy reviews in a row: the relationship falls back to vendor mode");
		assertThat(rules
			.assess(both(POOR, GOOD, Mode.VENDOR, ReviewHealth.UNHEALTHY, ReviewHealth.ONE_SIDED,
					ReviewHealth.ONE_SIDED))
			.recommendation()).as("two unhealthy, not three").isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
	}

	@Test
	void shouldCountAOneSidedReviewAsUnhealthyWhenSoConfigured() {
		ReviewRules counting = oneSided(OneSidedReview.COUNTS_AS_UNHEALTHY);

		ReviewOutcome vendor = counting.assess(partnerDidNotRate(Mode.PARTNER, ReviewHealth.UNHEALTHY));
		ReviewOutcome dissolve = counting
			.assess(partnerDidNotRate(Mode.VENDOR, ReviewHealth.UNHEALTHY, ReviewHealth.ONE_SIDED));
		ReviewOutcome healthyAfter = counting
			.assess(both(GOOD, GOOD, Mode.VENDOR, ReviewHealth.HEALTHY, ReviewHealth.ONE_SIDED));

		assertThat(vendor.healthy()).isNull();
		assertThat(vendor.mode()).isEqualTo(Mode.VENDOR);
		assertThat(vendor.reasons())
			.contains("2 unhealthy reviews in a row: the relationship falls back to vendor mode");
		assertThat(dissolve.recommendation()).isEqualTo(ReviewRecommendation.DISSOLVE);
		assertThat(dissolve.reasons()).contains("3 unhealthy reviews in a row: dissolution recommended");
		assertThat(healthyAfter.mode()).as("it breaks a healthy streak too").isEqualTo(Mode.VENDOR);
	}

	@Test
	void shouldSkipAOneSidedReviewWhenIgnored() {
		ReviewRules ignoring = oneSided(OneSidedReview.IGNORED);

		ReviewOutcome healthyAfter = ignoring
			.assess(both(GOOD, GOOD, Mode.VENDOR, ReviewHealth.HEALTHY, ReviewHealth.ONE_SIDED));
		ReviewOutcome unhealthyAfter = ignoring
			.assess(both(POOR, GOOD, Mode.PARTNER, ReviewHealth.UNHEALTHY, ReviewHealth.ONE_SIDED));
		ReviewOutcome itself = ignoring
			.assess(partnerDidNotRate(Mode.PARTNER, ReviewHealth.UNHEALTHY, ReviewHealth.UNHEALTHY));

		assertThat(healthyAfter.mode()).as("healthy, skipped, healthy: two in a row").isEqualTo(Mode.PARTNER);
		assertThat(unhealthyAfter.mode()).as("unhealthy, skipped, unhealthy: two in a row").isEqualTo(Mode.VENDOR);
		assertThat(itself.mode()).as("the one-sided review itself moves nothing").isEqualTo(Mode.PARTNER);
		assertThat(itself.recommendation()).isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
	}

}
