package com.partnerlifecycle.evaluation;

import java.util.List;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * Everything the evaluation gate weighs.
 *
 * @param completedPilots one entry per completed pilot, empty when none completed
 * @param vettingScore the vetting score, 0–100
 * @param buyerBenefitsStated whether the mutual-benefit statement names what the buyer
 * gains
 * @param providerBenefitsStated whether the mutual-benefit statement names what the
 * provider gains
 * @param extensionsSoFar how many times the pilot phase has already been extended
 * @param components the components of the intended partnership, at least one
 */
public record GateInput(List<PilotEvidence> completedPilots, double vettingScore, boolean buyerBenefitsStated,
		boolean providerBenefitsStated, int extensionsSoFar, List<Component> components) {

	public GateInput {
		if (completedPilots == null) {
			throw new InvalidInputException("completedPilots", "must be given, empty when no pilot completed");
		}
		if (!(vettingScore >= 0 && vettingScore <= 100)) {
			throw new InvalidInputException("vettingScore", "must be between 0 and 100, was " + vettingScore);
		}
		if (extensionsSoFar < 0) {
			throw new InvalidInputException("extensionsSoFar", "must not be negative, was " + extensionsSoFar);
		}
		requireComponents(components);
		completedPilots = List.copyOf(completedPilots);
		components = List.copyOf(components);
	}

	/**
	 * An intended partnership has at least one component: the gate weighs their joint
	 * probability.
	 */
	public static void requireComponents(List<Component> components) {
		if (components == null || components.isEmpty()) {
			throw new InvalidInputException("components", "list at least one component of the intended partnership");
		}
	}

}
