package com.partnerlifecycle.common;

import java.util.Set;

/**
 * The Camunda group ids (README "Roles and security"): candidate groups in the BPMN,
 * filters in Tasklist.
 */
public final class Groups {

	public static final String SOURCING_MANAGERS = "sourcing-managers";

	public static final String PARTNERSHIP_REVIEWERS = "partnership-reviewers";

	public static final String EXECUTIVES = "executives";

	public static final String PARTNER_REPRESENTATIVES = "partner-representatives";

	public static final String CAMUNDA_ADMIN = "camunda-admin";

	/**
	 * Groups a partner's group must never be: the roles above. A partner whose id would
	 * make its group one of them ("Representatives" → {@code partner-representatives}) is
	 * refused at registration.
	 */
	public static final Set<String> RESERVED = Set.of(SOURCING_MANAGERS, PARTNERSHIP_REVIEWERS, EXECUTIVES,
			PARTNER_REPRESENTATIVES, CAMUNDA_ADMIN);

	/**
	 * The group a partner registered now gets, {@code partner-<id>}, stored with the
	 * partner. An existing partner's group is the stored one ({@code PartnerGroups}): a
	 * partner whose name collided with a role has another.
	 */
	public static String forNewPartner(String partnerId) {
		return "partner-" + partnerId;
	}

	private Groups() {
	}

}
