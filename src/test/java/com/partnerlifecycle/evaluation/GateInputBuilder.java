package com.partnerlifecycle.evaluation;

import java.util.List;

/**
 * A gate input that proceeds under the default thresholds unless a test changes one
 * thing.
 */
final class GateInputBuilder {

	private List<PilotEvidence> completedPilots = List.of(pilot(80.0));

	private double vettingScore = 80.0;

	private boolean buyerBenefitsStated = true;

	private boolean providerBenefitsStated = true;

	private int extensionsSoFar = 0;

	private List<Component> components = List.of(component("Provider's delivery team", 0.9));

	private GateInputBuilder() {
	}

	static GateInputBuilder aGateInput() {
		return new GateInputBuilder();
	}

	/** A pilot that met 2 of its 3 criteria. */
	static PilotEvidence pilot(double score) {
		return pilot(score, 2, 3);
	}

	static PilotEvidence pilot(double score, int criteriaMet, int criteriaCount) {
		return new PilotEvidence("Pilot scoring " + score, score, criteriaMet, criteriaCount);
	}

	static Component component(String name, double probability) {
		return new Component(name, ComponentKind.DELIVERABLE, probability);
	}

	/**
	 * One pilot and a vetting score both at this score, so that the gate score is this
	 * score too.
	 */
	GateInputBuilder withGateScore(double score) {
		completedPilots = List.of(pilot(score));
		vettingScore = score;
		return this;
	}

	GateInputBuilder withCompletedPilots(PilotEvidence... pilots) {
		completedPilots = List.of(pilots);
		return this;
	}

	GateInputBuilder withVettingScore(double score) {
		vettingScore = score;
		return this;
	}

	GateInputBuilder withoutBuyerBenefits() {
		buyerBenefitsStated = false;
		return this;
	}

	GateInputBuilder withoutProviderBenefits() {
		providerBenefitsStated = false;
		return this;
	}

	GateInputBuilder withExtensionsSoFar(int extensions) {
		extensionsSoFar = extensions;
		return this;
	}

	GateInputBuilder withComponents(Component... parts) {
		components = List.of(parts);
		return this;
	}

	GateInput build() {
		return new GateInput(completedPilots, vettingScore, buyerBenefitsStated, providerBenefitsStated,
				extensionsSoFar, components);
	}

}
