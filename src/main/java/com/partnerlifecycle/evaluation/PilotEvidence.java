package com.partnerlifecycle.evaluation;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.pilot.PilotScoring;

/**
 * What one completed pilot contributes to the gate; abandoned pilots are not evidence.
 *
 * @param title the pilot's title
 * @param score its pilot score, 0–100
 * @param criteriaMet how many of its success criteria were fully met
 * @param criteriaCount how many success criteria it had, at least 1
 */
public record PilotEvidence(String title, double score, int criteriaMet, int criteriaCount) {

	public PilotEvidence {
		if (!(score >= 0 && score <= 100)) {
			throw new InvalidInputException("completedPilots",
					"the score of pilot \"" + title + "\" must be between 0 and 100, was " + score);
		}
		if (criteriaCount < 1 || criteriaMet < 0 || criteriaMet > criteriaCount) {
			throw new InvalidInputException("completedPilots", "pilot \"" + title + "\" cannot have met " + criteriaMet
					+ " of " + criteriaCount + " success criteria");
		}
	}

	public boolean metAtLeastHalf() {
		return PilotScoring.metAtLeastHalf(criteriaMet, criteriaCount);
	}

}
