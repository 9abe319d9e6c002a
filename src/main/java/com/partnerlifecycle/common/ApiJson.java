package com.partnerlifecycle.common;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Strict JSON for the product API ({@code /api}, Spring's ObjectMapper;
 * {@code /engine-rest} and the Cockpit plugin are served by Jersey with their own
 * mapper): no value of one type is read as another ({@code 12345} or {@code true} is not
 * a name, {@code 2.5} not a count, {@code "3"} not a number, a number not a date or a
 * choice), a key given twice is refused, nesting stops at {@value #MAX_NESTING} levels,
 * and text follows {@link Text}: no control characters, no lone surrogates, not only
 * whitespace.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

	static final int MAX_NESTING = 32;

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictApiJson() {
		return builder -> builder
			.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.deserializerByType(String.class, new StrictText())
			.deserializerByType(LocalDate.class, new IsoDate())
			.deserializerByType(OffsetDateTime.class, new IsoDateTime())
			.postConfigurer(mapper -> {
				mapper.getFactory()
					.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
				for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
					mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
				}
				mapper.coercionConfigFor(LogicalType.Textual)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
			});
	}

	/**
	 * A JSON string only, checked by {@link Text#refusal}; whitespace alone is refused.
	 */
	static final class StrictText extends StdScalarDeserializer<String> {

		StrictText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getText();
			String refusal = Text.refusal(text);
			if (refusal == null && Text.onlySpace(text)) {
				refusal = "must not be blank";
			}
			if (refusal != null) {
				throw InvalidFormatException.from(parser, refusal, null, String.class);
			}
			return text;
		}

	}

	/** A day as text, "2027-03-15"; a number (an epoch day) is refused. */
	static final class IsoDate extends StdScalarDeserializer<LocalDate> {

		IsoDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			try {
				return LocalDate.parse(parser.getText());
			}
			catch (DateTimeParseException e) {
				throw InvalidFormatException.from(parser, "not a date", parser.getText(), LocalDate.class);
			}
		}

	}

	/**
	 * A date and time with its offset as text, "2026-12-01T14:00:00+01:00"; a number
	 * (epoch seconds) is refused.
	 */
	static final class IsoDateTime extends StdScalarDeserializer<OffsetDateTime> {

		IsoDateTime() {
			super(OffsetDateTime.class);
		}

		@Override
		public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
			}
			try {
				return OffsetDateTime.parse(parser.getText());
			}
			catch (DateTimeParseException e) {
				throw InvalidFormatException.from(parser, "not a date and time", parser.getText(),
						OffsetDateTime.class);
			}
		}

	}

}
