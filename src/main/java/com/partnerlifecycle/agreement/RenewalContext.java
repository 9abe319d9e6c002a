package com.partnerlifecycle.agreement;

import java.util.List;
import java.util.Map;

/**
 * What the renewal decision shows of the partnership's reviews; provided by the review
 * feature.
 */
public interface RenewalContext {

	/** One row per review: number, due date, health, decision. */
	List<Map<String, Object>> reviewHistory(String partnerId);

}
