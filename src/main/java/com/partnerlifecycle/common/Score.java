package com.partnerlifecycle.common;

/**
 * The one scale of the product's scores and ratings (a pilot's quality, cost and
 * timeliness, the vetting answers, a review's ratings): whole numbers from 1 (poor) to 5
 * (excellent).
 */
@BusinessRule
public final class Score {

	public static final int MIN = 1;

	public static final int MAX = 5;

	private Score() {
	}

	public static boolean isScore(int value) {
		return value >= MIN && value <= MAX;
	}

	/**
	 * The score, or an {@link InvalidInputException} naming its field ("must be between 1
	 * and 5, was 6").
	 */
	public static int require(String field, int value) {
		if (!isScore(value)) {
			throw new InvalidInputException(field, "must be between " + MIN + " and " + MAX + ", was " + value);
		}
		return value;
	}

}
