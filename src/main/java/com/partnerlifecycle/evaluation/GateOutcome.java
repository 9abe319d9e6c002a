package com.partnerlifecycle.evaluation;

import java.util.List;

/**
 * The gate's recommendation and the numbers and reasons behind it.
 *
 * @param recommendation what the gate recommends
 * @param gateScore 0.7 × pilot score average + 0.3 × vetting score (1 decimal); null when
 * no pilot completed
 * @param pilotScoreAverage average score of the completed pilots (1 decimal); null when
 * none completed
 * @param vettingScore the vetting score the gate weighed
 * @param jointSuccessProbability product of the components' probabilities (3 decimals)
 * @param complexityWarning whether the joint success probability is below the threshold
 * @param complexityWarningText the warning the reviewer must acknowledge; "" when there
 * is none
 * @param reasons in plain English, every reason that produced the recommendation, the
 * warning last
 */
public record GateOutcome(GateDecision recommendation, Double gateScore, Double pilotScoreAverage, double vettingScore,
		double jointSuccessProbability, boolean complexityWarning, String complexityWarningText, List<String> reasons) {

	public GateOutcome {
		reasons = List.copyOf(reasons);
	}

}
