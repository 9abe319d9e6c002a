package com.partnerlifecycle.pilot;

/**
 * The result of a pilot assessment.
 *
 * @param criteriaAverage average of the criterion ratings, 0–1 (3 decimals)
 * @param deliveryAverage average of the quality, cost and timeliness scores, 1–5 (2
 * decimals)
 * @param score the pilot score, 0–100 (1 decimal)
 * @param criteriaMet how many criteria were fully met (partly met does not count)
 * @param criteriaCount how many criteria were rated
 */
public record PilotAssessmentScore(double criteriaAverage, double deliveryAverage, double score, int criteriaMet,
		int criteriaCount) {

	public boolean metAtLeastHalf() {
		return PilotScoring.metAtLeastHalf(criteriaMet, criteriaCount);
	}

}
