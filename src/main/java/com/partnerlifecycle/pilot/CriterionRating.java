package com.partnerlifecycle.pilot;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.InvalidInputException;

/** How far a pilot met one of the success criteria agreed when the pilot was planned. */
@BusinessRule
public enum CriterionRating {

	MET(1.0, "Met"),

	PARTLY_MET(0.5, "Partly met"),

	NOT_MET(0.0, "Not met");

	private final double value;

	private final String label;

	CriterionRating(double value, String label) {
		this.value = value;
		this.label = label;
	}

	/** The rating's weight in the criteria average: 1, 0.5 or 0. */
	public double value() {
		return value;
	}

	public String label() {
		return label;
	}

	/**
	 * Reads the value the pilot assessment form submits: "1", "0.5" or "0" ("1.0", "0.0"
	 * and the names too).
	 * @throws InvalidInputException (field "rating") for any other value
	 */
	@com.fasterxml.jackson.annotation.JsonCreator
	public static CriterionRating fromFormValue(String formValue) {
		String trimmed = formValue == null ? "" : formValue.strip();
		return switch (trimmed) {
			case "1", "1.0" -> MET;
			case "0.5" -> PARTLY_MET;
			case "0", "0.0" -> NOT_MET;
			case "MET", "PARTLY_MET", "NOT_MET" -> valueOf(trimmed);
			default -> throw new InvalidInputException("rating",
					"must be 1 (met), 0.5 (partly met) or 0 (not met) (or MET, PARTLY_MET, NOT_MET), was "
							+ (formValue == null ? "empty" : "\"" + formValue + "\""));
		};
	}

}
