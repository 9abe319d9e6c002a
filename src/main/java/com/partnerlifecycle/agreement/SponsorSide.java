package com.partnerlifecycle.agreement;

public enum SponsorSide {
	/** an executive of the buying company, a user of this application */
	BUYER,
	/** a contact at the provider */
	PROVIDER
}
