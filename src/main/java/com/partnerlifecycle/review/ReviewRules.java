package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.partnerlifecycle.partner.Mode;

/**
 * The business review's rules (DESIGN.md "Rules" → "Business review"): health from both sides' ratings and the
 * balance of value, the vendor/partner mode from the run of healthy or unhealthy reviews, the recommendation.
 */
public final class ReviewRules {

	private final ReviewProperties properties;

	public ReviewRules(ReviewProperties properties) {
		this.properties = properties;
	}

	public ReviewOutcome assess(ReviewInput input) {
		List<String> reasons = new ArrayList<>();
		double buyerAverage = input.buyer().average();
		double providerAverage = input.provider().average();
		boolean ratingsHealthy = ratings(buyerAverage, providerAverage, reasons);
		Double ratio = ratio(input.buyerValue(), input.providerValue());
		boolean balanced = balance(input.buyerValue(), input.providerValue(), ratio, reasons);
		boolean healthy = ratingsHealthy && balanced;

		List<Boolean> health = new ArrayList<>(input.previousHealth());
		health.add(healthy);
		int healthyRun = run(health, true);
		int unhealthyRun = run(health, false);

		Mode mode = input.currentMode();
		if (healthyRun >= properties.healthyReviewsForPartner()) {
			mode = Mode.PARTNER;
		}
		else if (unhealthyRun >= properties.unhealthyReviewsForVendor()) {
			mode = Mode.VENDOR;
		}
		if (mode != input.currentMode()) {
			reasons.add(mode == Mode.PARTNER
					? healthyRun + " healthy reviews in a row: the relationship moves to partner mode"
					: unhealthyRun + " unhealthy reviews in a row: the relationship falls back to vendor mode");
		}

		ReviewRecommendation recommendation;
		if (unhealthyRun >= properties.unhealthyReviewsToDissolve()) {
			recommendation = ReviewRecommendation.DISSOLVE;
			reasons.add(unhealthyRun + " unhealthy reviews in a row: dissolution recommended");
		}
		else if (!healthy) {
			recommendation = ReviewRecommendation.IMPROVEMENT_PLAN;
			reasons.add("Unhealthy review: an improvement plan is recommended");
		}
		else {
			recommendation = ReviewRecommendation.CONTINUE;
			reasons.add("Healthy review: continue the partnership");
		}
		return new ReviewOutcome(healthy, round(buyerAverage, 2), round(providerAverage, 2), ratio, mode,
				recommendation, reasons);
	}

	private boolean ratings(double buyerAverage, double providerAverage, List<String> reasons) {
		double line = properties.healthyAverage();
		boolean buyerOk = buyerAverage >= line;
		boolean providerOk = providerAverage >= line;
		String figures = "Our average rating " + number(buyerAverage) + " and the partner's " + number(providerAverage);
		if (buyerOk && providerOk) {
			reasons.add(figures + ": both sides reach " + number(line));
		}
		else {
			String below = !buyerOk && !providerOk ? "both sides are" : !buyerOk ? "our side is" : "the partner's side is";
			reasons.add(figures + ": " + below + " below " + number(line));
		}
		return buyerOk && providerOk;
	}

	private boolean balance(BigDecimal buyerValue, BigDecimal providerValue, Double ratio, List<String> reasons) {
		if (buyerValue.signum() == 0 || providerValue.signum() == 0) {
			reasons.add(buyerValue.signum() == 0 && providerValue.signum() == 0
					? "Neither side received value in the period: unbalanced"
					: (buyerValue.signum() == 0 ? "We" : "The partner") + " received no value in the period: unbalanced");
			return false;
		}
		String figures = money(buyerValue) + " for us against " + money(providerValue) + " for the partner ("
				+ number(ratio) + "×, at most " + number(properties.maxValueRatio()) + "×)";
		boolean balanced = larger(buyerValue, providerValue)
			.compareTo(smaller(buyerValue, providerValue).multiply(BigDecimal.valueOf(properties.maxValueRatio()))) <= 0;
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

	/** How many reviews at the end of the list have this health, the current one included. */
	private static int run(List<Boolean> health, boolean value) {
		int run = 0;
		for (int i = health.size() - 1; i >= 0 && health.get(i) == value; i--) {
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
