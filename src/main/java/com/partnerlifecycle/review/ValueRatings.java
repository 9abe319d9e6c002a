package com.partnerlifecycle.review;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * One side's ratings of the four values of a partnership, each 1 (not at all) to 5
 * (fully).
 */
public record ValueRatings(int cooperative, int transparent, int endUserFocused, int innovationDriven) {

	/** The lowest and the highest rating of a value (the forms' bounds too). */
	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 5;

	public ValueRatings {
		check("ratingCooperative", cooperative);
		check("ratingTransparent", transparent);
		check("ratingEndUserFocused", endUserFocused);
		check("ratingInnovationDriven", innovationDriven);
	}

	/** The four values, in the order forms and mails show them. */
	public enum Value {

		COOPERATIVE("Cooperative"), TRANSPARENT("Transparent"), END_USER_FOCUSED("End-user focused"),
		INNOVATION_DRIVEN("Innovation-driven");

		private final String label;

		Value(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public int of(ValueRatings ratings) {
			return switch (this) {
				case COOPERATIVE -> ratings.cooperative();
				case TRANSPARENT -> ratings.transparent();
				case END_USER_FOCUSED -> ratings.endUserFocused();
				case INNOVATION_DRIVEN -> ratings.innovationDriven();
			};
		}

	}

	public double average() {
		return (cooperative + transparent + endUserFocused + innovationDriven) / 4.0;
	}

	private static void check(String field, int rating) {
		if (rating < MIN_RATING || rating > MAX_RATING) {
			throw new InvalidInputException(field,
					"must be between " + MIN_RATING + " and " + MAX_RATING + ", was " + rating);
		}
	}

}
