package com.partnerlifecycle.review;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.config.BlindVariables;

/**
 * One side's ratings before the reveal: never in the history, even if a variable carried
 * them.
 */
@Component
class BlindRatings implements BlindVariables {

	@Override
	public boolean isBlind(String processDefinitionKey, String name) {
		return ReviewProcess.KEY.equals(processDefinitionKey) && ReviewProcess.BLIND_FIELDS.contains(name);
	}

}
