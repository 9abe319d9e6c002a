package com.partnerlifecycle.config;

/**
 * Variables and form fields no history may keep, declared by the feature that owns them
 * (the business review's blind ratings): {@link HistoryWithoutValueLog} drops their
 * events.
 */
public interface BlindVariables {

	/**
	 * Whether variable or form field {@code name} of process {@code processDefinitionKey}
	 * is blind.
	 */
	boolean isBlind(String processDefinitionKey, String name);

}
