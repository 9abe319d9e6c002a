package com.partnerlifecycle.common;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a Camunda form submitted, typed and validated, naming the field in every error. Inputs
 * are consumed: {@link #consume()} removes them from the process, which keeps ids and decisions only.
 */
public final class FormInput {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final DelegateTask task;

	private final Set<String> read = new LinkedHashSet<>();

	private FormInput(DelegateTask task) {
		this.task = task;
	}

	public static FormInput of(DelegateTask task) {
		return new FormInput(task);
	}

	/**
	 * Tasklist's form submit sets a variable on the task when the task has a local one of that name (a
	 * prefilled list), otherwise on the process; TaskService.complete always on the process. Read the
	 * process first, so a submitted value wins over the prefilled task-local one.
	 */
	private Object raw(String name) {
		read.add(name);
		if (task.getExecution() != null && task.getExecution().hasVariable(name)) {
			return task.getExecution().getVariable(name);
		}
		return task.getVariableLocal(name);
	}

	public boolean isPresent(String name) {
		Object value = raw(name);
		return value != null && !(value instanceof String s && s.isBlank());
	}

	public String text(String name, int maxLength) {
		String value = optionalText(name, maxLength);
		if (value == null) {
			throw new InvalidInputException(name, "is required");
		}
		return value;
	}

	public String optionalText(String name, int maxLength) {
		Object value = raw(name);
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > maxLength) {
			throw new InvalidInputException(name, "must be at most " + maxLength + " characters, was " + text.length());
		}
		return text;
	}

	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = text(name, 100);
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(name, "must be one of " + List.of(type.getEnumConstants()) + ", was '"
					+ value + "'");
		}
	}

	public int wholeNumber(String name, int min, int max) {
		return wholeNumber(name, raw(name), min, max);
	}

	public boolean flag(String name) {
		Object value = raw(name);
		return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
	}

	public LocalDate date(String name) {
		return date(name, raw(name));
	}

	/** A list submitted by a dynamiclist: a Json variable holding an array of objects. */
	public List<Map<String, Object>> list(String name) {
		return parse(name, new TypeReference<List<Map<String, Object>>>() {
		}, "must be a list of entries");
	}

	/** A list of values, as a checklist submits it: ["erik", "eva"]. */
	public List<String> strings(String name) {
		return parse(name, new TypeReference<List<String>>() {
		}, "must be a list of values").stream().filter(s -> s != null && !s.isBlank()).toList();
	}

	private <T> List<T> parse(String name, TypeReference<List<T>> type, String problem) {
		Object value = raw(name);
		if (value == null) {
			return List.of();
		}
		try {
			String json = value instanceof SpinJsonNode node ? node.toString()
					: value instanceof String s ? s : JSON.writeValueAsString(value);
			List<T> rows = JSON.readValue(json, type);
			return rows == null ? List.of() : new ArrayList<>(rows);
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException(name, problem);
		}
	}

	/** Removes every input read so far from the process: the records now hold them. */
	public void consume() {
		if (task.getExecution() != null) {
			for (String name : read) {
				task.getExecution().removeVariable(name);
			}
		}
	}

	// conversions shared with list rows

	public static int wholeNumber(String field, Object value, int min, int max) {
		double number = number(field, value, "a whole number");
		if (number != Math.rint(number)) {
			throw new InvalidInputException(field, "must be a whole number, was " + value);
		}
		if (number < min || number > max) {
			throw new InvalidInputException(field, "must be between " + min + " and " + max + ", was " + (long) number);
		}
		return (int) number;
	}

	public static double decimal(String field, Object value, double min, double max) {
		double number = number(field, value, "a number");
		if (number < min || number > max) {
			throw new InvalidInputException(field, "must be between " + min + " and " + max + ", was " + value);
		}
		return number;
	}

	/** Tasklist submits numbers untyped (Integer, Long or Double); the REST API may send strings. */
	private static double number(String field, Object value, String expected) {
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		try {
			double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "must be " + expected + ", was '" + value + "'");
		}
	}

	public static LocalDate date(String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		if (value instanceof Date d) {
			return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
		}
		String text = value.toString().strip();
		try {
			// form-js date fields submit "2026-12-31"; a datetime may carry a time part
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "must be a date like 2026-12-31, was '" + text + "'");
		}
	}

	public static String text(String field, Object value, int maxLength) {
		String text = value == null ? "" : value.toString().strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "is required");
		}
		if (text.length() > maxLength) {
			throw new InvalidInputException(field, "must be at most " + maxLength + " characters, was " + text.length());
		}
		return text;
	}

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public static String email(String field, Object value) {
		String text = text(field, value, 254);
		if (!EMAIL.matcher(text).matches()) {
			throw new InvalidInputException(field, "'" + text + "' is not an e-mail address");
		}
		return text;
	}

	/** An amount of money, zero or more, with at most two decimals. */
	public java.math.BigDecimal amount(String name) {
		Object value = raw(name);
		double number = decimal(name, value, 0, 1e13);
		java.math.BigDecimal amount = new java.math.BigDecimal(value.toString().strip());
		if (amount.scale() > 2) {
			throw new InvalidInputException(name, "must have at most two decimals, was " + value);
		}
		return number == 0 ? java.math.BigDecimal.ZERO : amount;
	}

	/** Non-empty lines of a text area, e.g. one success criterion per line. */
	public static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
