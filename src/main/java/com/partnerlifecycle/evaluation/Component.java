package com.partnerlifecycle.evaluation;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * One part of the intended partnership that has to work for the whole to work.
 *
 * @param name what the reviewer recognises, e.g. "Legacy ERP integration"
 * @param kind party, integration or deliverable
 * @param probability estimated probability that this component succeeds, 0–1
 */
public record Component(String name, ComponentKind kind, double probability) {

	public Component {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("components", "every component needs a name");
		}
		if (kind == null) {
			throw new InvalidInputException("components",
					"component \"" + name + "\" needs a kind: party, integration or deliverable");
		}
		// written as a negation so that NaN is refused too
		if (!(probability >= 0 && probability <= 1)) {
			throw new InvalidInputException("components",
					"the probability of \"" + name + "\" must be between 0 and 1, was " + probability);
		}
	}

}
