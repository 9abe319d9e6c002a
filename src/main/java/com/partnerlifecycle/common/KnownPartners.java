package com.partnerlifecycle.common;

/**
 * Whether a partner exists, for the packages below the features (the reminders' API):
 * {@code partner} implements it, so they need not depend on it.
 */
public interface KnownPartners {

	/** Nothing if the partner exists; an unknown id: {@link NotFoundException} (404). */
	void require(String partnerId);

}
