package com.partnerlifecycle.common.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.Test;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.pilot.CriterionRating;

/**
 * Binding a submission to a contract: strict about keys and types, naming the field in
 * every refusal.
 */
class FormBinderTest {

	enum Choice {

		YES, NO

	}

	record Row(@NotBlank @Size(max = 10) String title, LocalDate endDate) {
	}

	record Sample(@NotNull @Range(min = 1, max = 5) Integer score, @Size(max = 20) String comment, Choice choice,
			Boolean confirmed, BigDecimal amount, Instant meetingAt, @Valid List<Row> rows, CriterionRating rating) {
	}

	final FormBinder binder = new FormBinder(ZoneId.of("Europe/Berlin"));

	VariableMap submitted(Object... keysAndValues) {
		VariableMap variables = Variables.createVariables();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return variables;
	}

	@Test
	void shouldBindWhatTasklistSubmits() {
		Sample sample = binder.bind(Sample.class, submitted("score", 4L, "comment", "  fine  ", "choice", "YES",
				"confirmed", true, "amount", 1234.56, "meetingAt", "2026-12-01T14:00", "rows",
				SpinValues.jsonValue("[{\"title\":\"Pilot\",\"endDate\":\"2026-12-31\"}]").create(), "rating", "0.5"));

		assertThat(sample.score()).isEqualTo(4);
		assertThat(sample.comment()).isEqualTo("fine");
		assertThat(sample.choice()).isEqualTo(Choice.YES);
		assertThat(sample.amount()).isEqualByComparingTo("1234.56");
		assertThat(sample.meetingAt()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
		assertThat(sample.rows()).containsExactly(new Row("Pilot", LocalDate.parse("2026-12-31")));
		assertThat(sample.rating()).isEqualTo(CriterionRating.PARTLY_MET);
	}

	@Test
	void shouldTakeAWholeDoubleAsAWholeNumberAndAnEmptyTextAsNoValue() {
		Sample sample = binder.bind(Sample.class, submitted("score", 3.0d, "comment", "   "));

		assertThat(sample.score()).isEqualTo(3);
		assertThat(sample.comment()).isNull();
	}

	@Test
	void shouldRefuseAKeyTheFormDoesNotHave() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "reviewId", 3L)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("reviewId: is not a field of this form");
	}

	@Test
	void shouldRefuseAKeyARowDoesNotHave() {
		assertThatThrownBy(() -> binder.bind(Sample.class,
				submitted("score", 3L, "rows",
						SpinValues.jsonValue("[{\"title\":\"a\"},{\"title\":\"b\",\"pilotId\":7}]").create())))
			.hasMessage("rows[2].pilotId: is not a field of this form");
	}

	@Test
	void shouldRefuseAFractionForAWholeNumber() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 2.5d)))
			.hasMessageStartingWith("score: must be a whole number");
	}

	@Test
	void shouldRefuseATextForANumberAndANumberForAText() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", "3")))
			.hasMessageStartingWith("score: must be a whole number");
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "comment", 12345L)))
			.hasMessageStartingWith("comment: must be a text");
	}

	@Test
	void shouldRefuseAChoiceByAnythingButItsName() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "choice", 0L)))
			.hasMessageStartingWith("choice: must be one of [YES, NO]");
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "choice", "MAYBE")))
			.hasMessage("choice: must be one of [YES, NO], was 'MAYBE'");
	}

	@Test
	void shouldRefuseAValueOutOfItsRangeWithTheValue() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 6L)))
			.hasMessage("score: must be between 1 and 5, was 6");
	}

	@Test
	void shouldNameTheMissingFieldOfARowCountingFromOne() {
		assertThatThrownBy(() -> binder.bind(Sample.class,
				submitted("score", 3L, "rows", SpinValues.jsonValue("[{\"title\":\"a\"},{\"title\":\" \"}]").create())))
			.hasMessage("rows[2].title: is required");
	}

	@Test
	void shouldRefuseControlCharactersAndLoneSurrogates() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "comment", "a\u0000b")))
			.hasMessageStartingWith("comment: must be a text");
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "comment", "a\ud800")))
			.hasMessageStartingWith("comment: must be a text");
	}

	@Test
	void shouldRefuseANumberForADateAndAnImpossibleDate() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "meetingAt", 1767225600000L)))
			.hasMessageStartingWith("meetingAt: must be a date and time");
		assertThatThrownBy(() -> binder.bind(Sample.class,
				submitted("score", 3L, "rows",
						SpinValues.jsonValue("[{\"title\":\"a\",\"endDate\":\"2026-02-30\"}]").create())))
			.hasMessageStartingWith("rows[1].endDate: must be a date like 2026-12-31");
	}

	@Test
	void shouldRefuseBytesAndJavaObjects() {
		VariableMap bytes = submitted("score", 3L);
		bytes.putValueTyped("comment", Variables.byteArrayValue(new byte[] { 1, 2 }));

		assertThatThrownBy(() -> binder.bind(Sample.class, bytes)).hasMessageStartingWith("comment: must be a text");
	}

	@Test
	void shouldRefuseDuplicateKeysInAList() {
		assertThatThrownBy(() -> binder.bind(Sample.class,
				submitted("score", 3L, "rows", SpinValues.jsonValue("[{\"title\":\"a\",\"title\":\"b\"}]").create())))
			.hasMessageStartingWith("rows: is not valid JSON");
	}

	@Test
	void shouldTakeATextOfNoBreakSpacesAloneAsNoValue() {
		assertThat(binder.bind(Sample.class, submitted("score", 3L, "comment", "\u00a0\u2007\u202f")).comment())
			.isNull();
		assertThatThrownBy(() -> binder.bind(Sample.class,
				submitted("score", 3L, "rows", SpinValues.jsonValue("[{\"title\":\"\\u00a0 \\u00a0\"}]").create())))
			.hasMessage("rows[1].title: is required");
	}

	@Test
	void shouldRefuseANumberForYesOrNo() {
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "confirmed", 1L)))
			.hasMessageStartingWith("confirmed: must be true or false");
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "confirmed", 0.0d)))
			.hasMessageStartingWith("confirmed: must be true or false");
	}

	@Test
	void shouldRefuseADateWhoseYearHasMoreThanFourDigits() {
		assertThatThrownBy(() -> binder.bind(Sample.class,
				submitted("score", 3L, "rows",
						SpinValues.jsonValue("[{\"title\":\"a\",\"endDate\":\"+99999-01-01\"}]").create())))
			.hasMessage("rows[1].endDate: must be a date like 2026-12-31, was '+99999-01-01'");
		assertThatThrownBy(
				() -> binder.bind(Sample.class, submitted("score", 3L, "meetingAt", "+99999-01-01T10:00:00Z")))
			.hasMessageStartingWith("meetingAt: must be a date and time");
	}

	@Test
	void shouldRefuseARowThatIsNothing() {
		assertThatThrownBy(() -> binder.bind(Sample.class,
				submitted("score", 3L, "rows", SpinValues.jsonValue("[{\"title\":\"a\"},null]").create())))
			.hasMessage("rows[2]: is required");
	}

	@Test
	void shouldReadACriterionRatingByItsFormValueOrItsName() {
		assertThat(binder.bind(Sample.class, submitted("score", 3L, "rating", "1")).rating())
			.isEqualTo(CriterionRating.MET);
		assertThat(binder.bind(Sample.class, submitted("score", 3L, "rating", "NOT_MET")).rating())
			.isEqualTo(CriterionRating.NOT_MET);
		assertThatThrownBy(() -> binder.bind(Sample.class, submitted("score", 3L, "rating", "2")))
			.hasMessageStartingWith("rating: must be 1 (met)");
	}

}
