package com.partnerlifecycle.common.form;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Text;

/**
 * Binds what a form submitted to the form's contract, a record, and validates it (Bean
 * Validation on its components), before anything is stored. Strict: a key that is not a
 * field of the form, a value of another type (a text for a number, a number for a date or
 * a choice), a choice by anything but its name, text with control characters: each is
 * refused with the field named, rows counted from 1 ({@code pilots[2].title}).
 * <p>
 * Values arrive as Tasklist sends them: text as String, numbers as Long or Double, lists
 * as Json.
 */
public final class FormBinder {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	/**
	 * A date as form-js writes it starts with a year of four digits, never ISO's expanded
	 * "+99999".
	 */
	private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^\\d{4}-.*");

	private final ObjectMapper json;

	private final Validator validator;

	public FormBinder(ZoneId zone) {
		SimpleModule values = new SimpleModule("form-values");
		values.addDeserializer(String.class, new TextDeserializer());
		values.addDeserializer(LocalDate.class, new DateDeserializer());
		values.addDeserializer(Instant.class, new DateTimeDeserializer(zone));
		this.json = JsonMapper.builder()
			.addModule(values)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfigDefaults(
					config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
			.build();
		for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
			json.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
		}
		json.coercionConfigFor(LogicalType.Boolean) // a yes/no is true or false, not 1 or
													// 0
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
		json.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		ValidatorFactory factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory();
		this.validator = factory.getValidator();
	}

	/**
	 * The submission as the contract's record, or an {@link InvalidInputException} naming
	 * the first bad field.
	 */
	public <F extends Record> F bind(Class<F> contract, VariableMap submitted) {
		ObjectNode tree = JsonNodeFactory.instance.objectNode();
		for (String name : submitted.keySet()) {
			tree.set(name, node(name, submitted.getValueTyped(name)));
		}
		F form;
		try {
			form = json.treeToValue(tree, contract);
		}
		catch (UnrecognizedPropertyException e) {
			throw new InvalidInputException(path(e), "is not a field of this form");
		}
		catch (ValueInstantiationException e) {
			if (e.getCause() instanceof InvalidInputException refused) {
				throw prefixed(path(e), refused);
			}
			throw new InvalidInputException(path(e), "is not valid: " + e.getOriginalMessage());
		}
		catch (InvalidFormatException e) {
			throw new InvalidInputException(path(e),
					"must be " + expected(e.getTargetType()) + ", was '" + e.getValue() + "'");
		}
		catch (MismatchedInputException e) {
			throw new InvalidInputException(path(e), "must be " + expected(e.getTargetType()));
		}
		catch (JsonMappingException e) {
			if (e.getCause() instanceof InvalidInputException refused) {
				throw prefixed(path(e), refused);
			}
			if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
				throw new InvalidInputException(path(e), "is a number out of range for this field");
			}
			throw new InvalidInputException(path(e), "is not valid");
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException("variables", "cannot be read: " + e.getOriginalMessage());
		}
		tree.properties().forEach(field -> noEmptyElement(field.getKey(), field.getValue()));
		Set<ConstraintViolation<F>> violations = validator.validate(form);
		violations.stream()
			.min(Comparator.comparing((ConstraintViolation<F> v) -> v.getPropertyPath().toString()))
			.ifPresent(v -> {
				throw new InvalidInputException(oneBased(v.getPropertyPath().toString()), message(v));
			});
		return form;
	}

	/**
	 * A list's element that is null (a row that is nothing) is refused: {@code @Valid}
	 * lets it through, and the listener would read a row that is not there.
	 */
	private static void noEmptyElement(String path, JsonNode node) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				String element = path + "[" + (i + 1) + "]";
				if (node.get(i).isNull()) {
					throw new InvalidInputException(element, "is required");
				}
				noEmptyElement(element, node.get(i));
			}
		}
		else if (node.isObject()) {
			node.properties().forEach(field -> noEmptyElement(path + "." + field.getKey(), field.getValue()));
		}
	}

	/**
	 * "is required" for a missing value; otherwise the constraint's message with the
	 * value that broke it.
	 */
	private static String message(ConstraintViolation<?> violation) {
		Object invalid = violation.getInvalidValue();
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		if (invalid == null || List.of("NotNull", "NotBlank", "NotEmpty").contains(constraint)
				&& (invalid instanceof String || invalid instanceof java.util.Collection<?>)) {
			return "is required";
		}
		if (invalid instanceof Number || invalid instanceof Enum<?>) {
			return violation.getMessage() + ", was " + (invalid instanceof BigDecimal d ? d.toPlainString() : invalid);
		}
		if (invalid instanceof String text && text.length() > 40) {
			return violation.getMessage() + ", was " + text.length() + " characters";
		}
		return violation.getMessage() + (invalid instanceof String ? ", was '" + invalid + "'" : "");
	}

	private JsonNode node(String name, TypedValue value) {
		if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
			if (serializable.getValueSerialized() == null) {
				return JsonNodeFactory.instance.nullNode();
			}
			String format = serializable.getSerializationDataFormat();
			if (format != null && !format.startsWith("application/json")) {
				throw new InvalidInputException(name, "must be a text, a number, a yes/no or a list, not " + format);
			}
			return parse(name, serializable.getValueSerialized());
		}
		Object raw = value == null ? null : value.getValue();
		if (raw == null) {
			return JsonNodeFactory.instance.nullNode();
		}
		if (raw instanceof String text) {
			return JsonNodeFactory.instance.textNode(text);
		}
		if (raw instanceof Boolean yes) {
			return JsonNodeFactory.instance.booleanNode(yes);
		}
		if (raw instanceof Number number) {
			return number(name, number);
		}
		if (raw instanceof Date date) {
			return JsonNodeFactory.instance.textNode(date.toInstant().toString());
		}
		if (raw instanceof SpinJsonNode spin) {
			return parse(name, spin.toString());
		}
		if (raw instanceof java.util.Collection<?> || raw instanceof java.util.Map<?, ?>) {
			return json.valueToTree(raw); // a list or map handed in through the Java API
		}
		throw new InvalidInputException(name, "must be a text, a number, a yes/no or a list, not "
				+ (value.getType() != null ? value.getType().getName() : raw.getClass().getSimpleName()));
	}

	private JsonNode parse(String name, String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new InvalidInputException(name, "is not valid JSON: " + e.getOriginalMessage());
		}
	}

	/**
	 * A whole number stays whole (5.0 is 5); a fraction keeps its decimal digits (0.1 is
	 * not 0.1000000000000000055).
	 */
	private static JsonNode number(String name, Number number) {
		if (number instanceof Double || number instanceof Float) {
			double d = number.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new InvalidInputException(name, "must be a number, was " + d);
			}
			if (d == Math.rint(d) && Math.abs(d) < 1e15) {
				return JsonNodeFactory.instance.numberNode((long) d);
			}
			return JsonNodeFactory.instance.numberNode(BigDecimal.valueOf(d));
		}
		if (number instanceof BigDecimal decimal) {
			return JsonNodeFactory.instance.numberNode(decimal);
		}
		return JsonNodeFactory.instance.numberNode(number.longValue());
	}

	private static InvalidInputException prefixed(String path, InvalidInputException refused) {
		String field = path.isEmpty() || refused.field().startsWith(path) ? refused.field()
				: path.endsWith(refused.field()) ? path : path + "." + refused.field();
		return new InvalidInputException(field, refused.reason());
	}

	private static String path(JsonMappingException e) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : e.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex() + 1).append(']');
			}
		}
		return path.length() == 0 ? "variables" : path.toString();
	}

	private static String oneBased(String propertyPath) {
		Matcher matcher = INDEX.matcher(propertyPath);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, "[" + (Integer.parseInt(matcher.group(1)) + 1) + "]");
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "of another kind";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == LocalDate.class) {
			return "a date like 2026-12-31";
		}
		if (type == Instant.class) {
			return "a date and time like 2026-12-01T14:00";
		}
		if (type == String.class) {
			return "a text";
		}
		if (List.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.stream(type.getEnumConstants())
				.map(String::valueOf)
				.collect(java.util.stream.Collectors.joining(", "));
		}
		if (type.isRecord()) {
			return "an object with this row's fields";
		}
		return "a value of this field's kind";
	}

	/**
	 * Text is stripped; an empty text, or one of spaces alone (no-break spaces too, which
	 * {@code strip} keeps and {@code @NotBlank} takes for text), is no value; text that
	 * breaks {@link Text#refusal} is refused.
	 */
	static final class TextDeserializer extends JsonDeserializer<String> {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getText();
			if (Text.refusal(text) != null) {
				throw InvalidFormatException.from(parser, "control character", text, String.class);
			}
			String stripped = text.strip();
			return stripped.isEmpty() || Text.onlySpace(stripped) ? null : stripped;
		}

		@Override
		public String getNullValue(DeserializationContext context) {
			return null;
		}

	}

	/**
	 * A day as form-js submits it ("2026-12-31", a year of four digits); a date-time
	 * counts by its date.
	 */
	static final class DateDeserializer extends JsonDeserializer<LocalDate> {

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getText().strip();
			if (text.isEmpty()) {
				return null;
			}
			if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
				throw InvalidFormatException.from(parser, "not a date", text, LocalDate.class);
			}
			try {
				return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
			}
			catch (DateTimeParseException e) {
				throw InvalidFormatException.from(parser, "not a date", text, LocalDate.class);
			}
		}

	}

	/**
	 * form-js submits "2026-12-01T14:00:00+01:00"; a value without an offset is read in
	 * the business zone.
	 */
	static final class DateTimeDeserializer extends JsonDeserializer<Instant> {

		private final ZoneId zone;

		DateTimeDeserializer(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (Instant) context.handleUnexpectedToken(Instant.class, parser);
			}
			String text = parser.getText().strip();
			if (text.isEmpty()) {
				return null;
			}
			if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
				throw InvalidFormatException.from(parser, "not a date and time", text, Instant.class);
			}
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException withoutOffset) {
				try {
					boolean utc = text.endsWith("Z");
					return LocalDateTime.parse(utc ? text.substring(0, text.length() - 1) : text)
						.atZone(utc ? ZoneId.of("UTC") : zone)
						.toInstant();
				}
				catch (DateTimeParseException e) {
					throw InvalidFormatException.from(parser, "not a date and time", text, Instant.class);
				}
			}
		}

	}

}
