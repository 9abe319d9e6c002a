package com.partnerlifecycle.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as RFC 4180 says, written by Apache Commons CSV: fields separated by commas,
 * records ended by CRLF, a field holding a comma, a double quote, a line break or leading
 * or trailing spaces enclosed in double quotes, a double quote inside doubled. What the
 * library does not do is done here: the file starts with a UTF-8 byte order mark, so a
 * spreadsheet reads names in any script correctly, and a text that a spreadsheet would
 * run as a formula (=, +, -, @, a tab or a carriage return first) is prefixed with an
 * apostrophe and shown as text.
 */
final class Csv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	Csv(Writer out) {
		try {
			out.write(BYTE_ORDER_MARK);
			this.printer = new CSVPrinter(out, FORMAT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One record; null is an empty field, numbers and dates are written as they are. */
	Csv row(Object... fields) {
		Object[] guarded = new Object[fields.length];
		for (int i = 0; i < fields.length; i++) {
			guarded[i] = guarded(fields[i]);
		}
		try {
			printer.printRecord(guarded); // straight into the response's writer: the
											// printer buffers nothing
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/** A text a spreadsheet would run as a formula, as text; anything else as it is. */
	static Object guarded(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

}
