package com.partnerlifecycle.dissolution;

/** Why a partnership dissolves (docs/rules.md "Dissolution"). */
public enum DissolutionCause {

	REVIEW_DECISION("The executives decided to dissolve at a business review"),
	TERM_ENDED("The agreement's term ended without renewal"),
	TERMINATION_REQUESTED("One side asked to end the partnership");

	private final String text;

	DissolutionCause(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}

}
