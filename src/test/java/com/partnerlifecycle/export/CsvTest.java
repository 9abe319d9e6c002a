package com.partnerlifecycle.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The exact text the CSV writer produces: RFC 4180 by Commons CSV, with the byte order
 * mark and the formula guard.
 */
class CsvTest {

	private static String written(Object... fields) {
		StringWriter out = new StringWriter();
		new Csv(out).row(fields);
		return out.toString();
	}

	@Test
	void startsWithTheByteOrderMarkAndEndsEachRecordWithCrlf() {
		assertThat(written("a", "b")).isEqualTo("\uFEFFa,b\r\n");
	}

	@Test
	void quotesCommasQuotesLineBreaksAndSurroundingSpaces() {
		assertThat(written("Acme, Inc.", "say \"hi\"", "two\nlines", " padded", "tail ", "plain"))
			.isEqualTo("\uFEFF\"Acme, Inc.\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\"tail \",plain\r\n");
	}

	@Test
	void writesNullAsAnEmptyFieldAndValuesAsTheyAre() {
		assertThat(written("x", null, 3, LocalDate.of(2026, 12, 3), true)).isEqualTo("\uFEFFx,,3,2026-12-03,true\r\n");
	}

	@Test
	void showsWhatASpreadsheetWouldRunAsAFormulaAsText() {
		assertThat(written("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "a=b"))
			.isEqualTo("\uFEFF'=SUM(A1),'+1,'-2,'@cmd,'\tx,a=b\r\n");
	}

	@Test
	void leavesNumbersThatAreNegativeAlone() {
		assertThat(written(-5)).isEqualTo("\uFEFF-5\r\n");
	}

}
