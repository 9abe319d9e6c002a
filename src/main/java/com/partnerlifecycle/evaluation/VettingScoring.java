package com.partnerlifecycle.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Score;

/**
 * Scores the vetting questionnaire: vetting score (0–100) = 100 × (average of the three
 * answers − 1) / 4, rounded half up to 1 decimal.
 */
@BusinessRule
public final class VettingScoring {

	private VettingScoring() {
	}

	/**
	 * @param successAgreed 1–5: do we agree what success looks like
	 * @param mutualUnderstanding 1–5: do we understand each other's situation and way of
	 * deciding
	 * @param sameTeam 1–5: are we on the same team, beyond the statement of work
	 * @throws InvalidInputException naming the answer that is not a {@link Score} (1–5)
	 */
	public static double score(int successAgreed, int mutualUnderstanding, int sameTeam) {
		Score.require("vettingSuccessAgreed", successAgreed);
		Score.require("vettingMutualUnderstanding", mutualUnderstanding);
		Score.require("vettingSameTeam", sameTeam);
		int sum = successAgreed + mutualUnderstanding + sameTeam;
		// 100 × (sum / 3 − 1) / 4 as the exact fraction 25 × (sum − 3) / 3, rounded once
		return BigDecimal.valueOf(25L * (sum - 3)).divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP).doubleValue();
	}

}
