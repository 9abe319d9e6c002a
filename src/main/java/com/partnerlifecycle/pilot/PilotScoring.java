package com.partnerlifecycle.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Score;

/**
 * Scores a pilot: pilot score (0–100) = 60 × (criteria rating average) + 40 × (average of
 * the quality, cost and timeliness scores − 1) / 4, rounded half up to 1 decimal.
 */
@BusinessRule
public final class PilotScoring {

	private PilotScoring() {
	}

	/**
	 * @param ratings one rating per success criterion agreed when the pilot was planned
	 * @param qualityScore a {@link Score}, 1–5
	 * @param costScore a {@link Score}, 1–5
	 * @param timelinessScore a {@link Score}, 1–5
	 * @param deliveredOutcomeCount how many concrete delivered outcomes were recorded, at
	 * least 1
	 * @throws InvalidInputException naming the field whose value breaks these
	 * preconditions
	 */
	public static PilotAssessmentScore score(List<CriterionRating> ratings, int qualityScore, int costScore,
			int timelinessScore, int deliveredOutcomeCount) {
		requireRatings(ratings);
		Score.require("qualityScore", qualityScore);
		Score.require("costScore", costScore);
		Score.require("timelinessScore", timelinessScore);
		if (deliveredOutcomeCount < 1) {
			throw new InvalidInputException("deliveredOutcomes", "at least one concrete delivered outcome is required");
		}

		int count = ratings.size();
		BigDecimal ratingSum = ratings.stream()
			.map(rating -> BigDecimal.valueOf(rating.value()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		int deliverySum = qualityScore + costScore + timelinessScore;
		// The formula as one exact fraction, (180 × ratingSum + 10 × count × (deliverySum
		// − 3)) / (3 × count),
		// so the score is rounded once and a value like 11.25 rounds up, not down by
		// floating-point error.
		BigDecimal numerator = ratingSum.multiply(BigDecimal.valueOf(180))
			.add(BigDecimal.valueOf(10L * count * (deliverySum - 3)));
		double score = numerator.divide(BigDecimal.valueOf(3L * count), 1, RoundingMode.HALF_UP).doubleValue();

		double criteriaAverage = ratingSum.divide(BigDecimal.valueOf(count), 3, RoundingMode.HALF_UP).doubleValue();
		double deliveryAverage = BigDecimal.valueOf(deliverySum)
			.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP)
			.doubleValue();
		int criteriaMet = (int) ratings.stream().filter(rating -> rating == CriterionRating.MET).count();
		return new PilotAssessmentScore(criteriaAverage, deliveryAverage, score, criteriaMet, count);
	}

	/**
	 * A pilot is evidence of success when at least half of its criteria were fully met.
	 */
	public static boolean metAtLeastHalf(int criteriaMet, int criteriaCount) {
		return criteriaMet * 2 >= criteriaCount;
	}

	private static void requireRatings(List<CriterionRating> ratings) {
		if (ratings == null || ratings.isEmpty()) {
			throw new InvalidInputException("criteriaRatings", "rate at least one success criterion");
		}
		if (ratings.stream().anyMatch(rating -> rating == null)) {
			throw new InvalidInputException("criteriaRatings", "every success criterion needs a rating");
		}
	}

}
