package com.partnerlifecycle.partner;

import java.util.Optional;

/**
 * A part of a partner's record that another feature keeps (pilots, evaluations, the
 * agreement). Each feature contributes its section to {@code GET /api/partners/{id}}
 * without the partner package knowing it.
 */
public interface PartnerRecordSection {

	/** The JSON property the section appears under. */
	String name();

	/** The section for this partner, or empty when it has none yet. */
	Optional<Object> describe(String partnerId);

}
