package com.partnerlifecycle.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field holding a comma, a double
 * quote, a line break or leading or trailing spaces enclosed in double quotes, a double quote inside doubled. The file
 * starts with a UTF-8 byte order mark, so a spreadsheet reads names in any script correctly. A text that a
 * spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe and shown as text.
 */
final class Csv {

	static final String BYTE_ORDER_MARK = "\uFEFF";

	private final Writer out;

	Csv(Writer out) {
		this.out = out;
		write(BYTE_ORDER_MARK);
	}

	/** One record; null is an empty field, numbers and dates are written as they are. */
	Csv row(Object... fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(field(fields[i]));
		}
		write(line.append("\r\n").toString());
		return this;
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| !text.equals(text.strip());
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private void write(String text) {
		try {
			out.write(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
