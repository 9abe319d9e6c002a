package com.partnerlifecycle.config;

/** The Camunda group ids of DESIGN.md: candidate groups in the BPMN, filters in Tasklist. */
public final class Groups {

	public static final String SOURCING_MANAGERS = "sourcing-managers";
	public static final String PARTNERSHIP_REVIEWERS = "partnership-reviewers";
	public static final String EXECUTIVES = "executives";
	public static final String PARTNER_REPRESENTATIVES = "partner-representatives";
	public static final String CAMUNDA_ADMIN = "camunda-admin";

	/** The group holding one partner's representatives: its provider-side tasks go there. */
	public static String ofPartner(String partnerId) {
		return "partner-" + partnerId;
	}

	private Groups() {
	}

}
