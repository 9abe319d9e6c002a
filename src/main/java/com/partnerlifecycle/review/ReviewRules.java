package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.Mode;

/**
 * The business review's rules (docs/rules.md "Business review"): health from both sides'
 * ratings and the balance of value, the vendor/partner mode from the run of healthy or
 * unhealthy reviews, the recommendation.
 */
@BusinessRule
public final class ReviewRules {

	private final ReviewProperties properties;

	public ReviewRules(ReviewProperties properties) {
		this.properties = properties;
	}

	public ReviewOutcome assess(ReviewInput input) {
		List<String> reasons = new ArrayList<>();
		Double buyerAverage = input.buyer() == null ? null : input.buyer().average();
		Double providerAverage = input.provider() == null ? null : input.provider().average();
		Boolean healthy = null;
		Double ratio = null;
		if (input.bothRated()) {
			boolean ratingsHealthy = ratings(buyerAverage, providerAverage, reasons);
			ratio = ratio(input.buyerValue(), input.providerValue());
			boolean balanced = balance(input.buyerValue(), input.providerValue(), ratio, reasons);
			healthy = ratingsHealthy && balanced;
		}
		else {
			reasons.add((input.buyer() == null && input.provider() == null ? "Neither side rated"
					: input.buyer() == null ? "Our side did not rate" : "The partner's side did not rate")
					+ " before the deadline: a one-sided review, its health cannot be found");
		}

		List<ReviewHealth> health = new ArrayList<>(input.previousHealth());
		ReviewHealth current = healthy == null ? ReviewHealth.ONE_SIDED
				: healthy ? ReviewHealth.HEALTHY : ReviewHealth.UNHEALTHY;
		health.add(current);
		boolean countsHealthy = current == ReviewHealth.HEALTHY;
		boolean countsUnhealthy = current == ReviewHealth.UNHEALTHY || (current == ReviewHealth.ONE_SIDED
				&& properties.oneSidedReview() == OneSidedReview.COUNTS_AS_UNHEALTHY);
		int healthyRun = run(health, ReviewHealth.HEALTHY);
		int unhealthyRun = run(health, ReviewHealth.UNHEALTHY);

		Mode mode = input.currentMode();
		if (countsHealthy && healthyRun >= properties.healthyReviewsForPartner()) {
			mode = Mode.PARTNER;
		}
		else if (countsUnhealthy && unhealthyRun >= properties.unhealthyReviewsForVendor()) {
			mode = Mode.VENDOR;
		}
		if (mode != input.currentMode()) {
			reasons.add(mode == Mode.PARTNER
					? healthyRun + " healthy reviews in a row: the relationship moves to partner mode"
					: unhealthyRun + " unhealthy reviews in a row: the relationship falls back to vendor mode");
		}

		ReviewRecommendation recommendation;
		if (countsUnhealthy && unhealthyRun >= properties.unhealthyReviewsToDissolve()) {
			recommendation = ReviewRecommendation.DISSOLVE;
			reasons.add(unhealthyRun + " unhealthy reviews in a row: dissolution recommended");
		}
		else if (current == ReviewHealth.ONE_SIDED) {
			recommendation = ReviewRecommendation.IMPROVEMENT_PLAN;
			reasons.add("One-sided review: an improvement plan is recommended, so that both sides review again sooner");
		}
		else if (!healthy) {
			recommendation = ReviewRecommendation.IMPROVEMENT_PLAN;
			reasons.add("Unhealthy review: an improvement plan is recommended");
		}
		else {
			recommendation = ReviewRecommendation.CONTINUE;
			reasons.add("Healthy review: continue the partnership");
		}
		return new ReviewOutcome(healthy, buyerAverage == null ? null : round(buyerAverage, 2),
				providerAverage == null ? null : round(providerAverage, 2), ratio, mode, recommendation, reasons);
	}

	/**
	 * The executives decide; a decision other than {@code CONTINUE} (an improvement plan,
	 * a dissolution) says why.
	 */
	public static void requireDecisionComment(ReviewRecommendation decision, String comment) {
		if (decision != ReviewRecommendation.CONTINUE && comment == null) {
			throw new InvalidInputException("reviewDecisionComment",
					"say why: an improvement plan or a dissolution needs a comment");
		}
	}

	/**
	 * The perception gaps of a review both sides rated: for each value both ratings and
	 * the gap between them, flagged from {@code partnership.review.gap-flagged-at} on.
	 * Empty when a side did not rate.
	 */
	public List<PerceptionGap> perceptionGaps(ValueRatings buyer, ValueRatings provider) {
		if (buyer == null || provider == null) {
			return List.of();
		}
		List<PerceptionGap> gaps = new ArrayList<>();
		for (ValueRatings.Value value : ValueRatings.Value.values()) {
			int ours = value.of(buyer);
			int theirs = value.of(provider);
			int gap = Math.abs(ours - theirs);
			gaps.add(new PerceptionGap(value, ours, theirs, gap, gap >= properties.gapFlaggedAt()));
		}
		return gaps;
	}

	private boolean ratings(Double buyerAverage, Double providerAverage, List<String> reasons) {
		double line = properties.healthyAverage();
		boolean buyerOk = buyerAverage >= line;
		boolean providerOk = providerAverage >= line;
		String figures = "Our average rating " + number(buyerAverage) + " and the partner's " + number(providerAverage);
		if (buyerOk && providerOk) {
			reasons.add(figures + ": both sides reach " + number(line));
		}
		else {
			String below = !buyerOk && !providerOk ? "both sides are"
					: !buyerOk ? "our side is" : "the partner's side is";
			reasons.add(figures + ": " + below + " below " + number(line));
		}
		return buyerOk && providerOk;
	}

	private boolean balance(BigDecimal buyerValue, BigDecimal providerValue, Double ratio, List<String> reasons) {
		if (buyerValue.signum() == 0 || providerValue.signum() == 0) {
			reasons.add(buyerValue.signum() == 0 && providerValue.signum() == 0
					? "Neither side received value in the period: unbalanced"
					: (buyerValue.signum() == 0 ? "We" : "The partner")
							+ " received no value in the period: unbalanced");
			return false;
		}
		String figures = money(buyerValue) + " for us against " + money(providerValue) + " for the partner ("
				+ number(ratio) + "×, at most " + number(properties.maxValueRatio()) + "×)";
		boolean balanced = larger(buyerValue, providerValue).compareTo(
				smaller(buyerValue, providerValue).multiply(BigDecimal.valueOf(properties.maxValueRatio()))) <= 0;
		reasons.add((balanced ? "Value is balanced: " : "Value is unbalanced: ") + figures);
		return balanced;
	}

	private static Double ratio(BigDecimal buyerValue, BigDecimal providerValue) {
		if (buyerValue.signum() == 0 || providerValue.signum() == 0) {
			return null;
		}
		return larger(buyerValue, providerValue).divide(smaller(buyerValue, providerValue), 2, RoundingMode.HALF_UP)
			.doubleValue();
	}

	/**
	 * How many reviews at the end of the list have this health, the current one included.
	 * A one-sided review counts as {@link ReviewProperties#oneSidedReview()} says: it
	 * ends a healthy run unless ignored, and is skipped in an unhealthy run unless it
	 * counts as unhealthy.
	 */
	private int run(List<ReviewHealth> health, ReviewHealth value) {
		OneSidedReview oneSided = properties.oneSidedReview();
		int run = 0;
		for (int i = health.size() - 1; i >= 0; i--) {
			ReviewHealth h = health.get(i);
			if (h == ReviewHealth.ONE_SIDED) {
				if (oneSided == OneSidedReview.IGNORED
						|| (value == ReviewHealth.UNHEALTHY && oneSided == OneSidedReview.BREAKS_HEALTHY_STREAK)) {
					continue;
				}
				h = oneSided == OneSidedReview.COUNTS_AS_UNHEALTHY ? ReviewHealth.UNHEALTHY : null;
			}
			if (h != value) {
				break;
			}
			run++;
		}
		return run;
	}

	private static BigDecimal larger(BigDecimal a, BigDecimal b) {
		return a.max(b);
	}

	private static BigDecimal smaller(BigDecimal a, BigDecimal b) {
		return a.min(b);
	}

	private static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	private static String number(double value) {
		return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

	private static String money(BigDecimal value) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

}
