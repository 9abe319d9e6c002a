package com.partnerlifecycle.common;

/** The two sides of a partnership. */
public enum Side {

	/** the buying company: its people are users of this application */
	BUYER,
	/**
	 * the provider: its people are contacts, some of them users in the partner's group
	 */
	PROVIDER

}
