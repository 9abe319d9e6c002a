package com.partnerlifecycle.pilot;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CriterionRatingTest {

	@ParameterizedTest
	@CsvSource({ "1, MET", "1.0, MET", "0.5, PARTLY_MET", "0, NOT_MET", "0.0, NOT_MET", "' 0.5 ', PARTLY_MET",
			"MET, MET", "PARTLY_MET, PARTLY_MET", "NOT_MET, NOT_MET" })
	void shouldReadFormValue(String formValue, CriterionRating expected) {
		// when
		CriterionRating rating = CriterionRating.fromFormValue(formValue);

		// then
		assertThat(rating).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2", "-1", "0.25", ".5", "0.50", "met", "" })
	void shouldRefuseUnknownFormValue(String formValue) {
		assertInvalidInput(() -> CriterionRating.fromFormValue(formValue), "rating",
				"must be 1 (met), 0.5 (partly met) or 0 (not met) (or MET, PARTLY_MET, NOT_MET), was \"" + formValue
						+ "\"");
	}

	@Test
	void shouldRefuseMissingFormValue() {
		assertInvalidInput(() -> CriterionRating.fromFormValue(null), "rating",
				"must be 1 (met), 0.5 (partly met) or 0 (not met) (or MET, PARTLY_MET, NOT_MET), was empty");
	}

	@ParameterizedTest
	@CsvSource({ "MET, 1.0", "PARTLY_MET, 0.5", "NOT_MET, 0.0" })
	void shouldWeighRating(CriterionRating rating, double expected) {
		assertThat(rating.value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "MET, Met", "PARTLY_MET, Partly met", "NOT_MET, Not met" })
	void shouldLabelRatingForBusinessUsers(CriterionRating rating, String expected) {
		assertThat(rating.label()).isEqualTo(expected);
	}

}
