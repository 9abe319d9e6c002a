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
		assertThat(rules.assess(input(POOR, GOOD, 100, 100, List.of(false, true, false), Mode.VENDOR))
			.recommendation()).isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
	}

	@Test
	void shouldFollowConfiguredThresholds() {
		ReviewRules strict = new ReviewRules(new ReviewProperties(4.5, 1.2, 3, 1, 2, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK));

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

	@Test
	void shouldRefuseANegativeValue() {
		assertThatThrownBy(() -> input(GOOD, GOOD, -1, 100, List.of(), Mode.VENDOR))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("buyerValue: must be zero or more");
	}

	@Test
	void shouldRefuseThresholdsThatMakeNoSense() {
		assertThatThrownBy(() -> new ReviewProperties(6, 2, 2, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK)).hasMessageStartingWith("healthyAverage");
		assertThatThrownBy(() -> new ReviewProperties(3, 0.5, 2, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK)).hasMessageStartingWith("maxValueRatio");
		assertThatThrownBy(() -> new ReviewProperties(3, 2, 0, 2, 3, 1.5, OneSidedReview.BREAKS_HEALTHY_STREAK)).hasMessageStartingWith("healthyReviewsForPartner");
	}

}
