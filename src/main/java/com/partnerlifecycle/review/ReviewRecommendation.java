package com.partnerlifecycle.review;

/** What a business review recommends, and what the executives decide. */
public enum ReviewRecommendation {

	CONTINUE("Continue"), IMPROVEMENT_PLAN("Improvement plan"), DISSOLVE("Dissolve the partnership");

	private final String label;

	ReviewRecommendation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
