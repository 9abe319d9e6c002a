package com.partnerlifecycle.common;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.springframework.web.bind.MissingPathVariableException;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the product API as RFC 9457 problem JSON: a message, and {@code errors}
 * naming each field and its reason. Bad input is 400, unknown ids 404, clashes with the
 * current state 409 — never 500.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldError(e.field(), e.reason())));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldError(e.field(), e.reason())));
	}

	/**
	 * Constraints on request parameters checked outside Spring MVC's own method
	 * validation.
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
		List<FieldError> errors = e.getConstraintViolations()
			.stream()
			.map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, summary(errors), errors);
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		Class<?> type = e.getRequiredType();
		String expected = type != null && type.isEnum() ? "one of " + List.of(type.getEnumConstants()) : type == null
				? "another value"
				: type == Integer.class || type == int.class || type == Long.class || type == long.class
						? "a whole number"
								+ (type == Integer.class || type == int.class ? " up to " + Integer.MAX_VALUE : "")
						: "a " + type.getSimpleName();
		String reason = "must be " + expected + ", was '" + shortened(e.getValue()) + "'";
		return problem(HttpStatus.BAD_REQUEST, e.getName() + ": " + reason,
				List.of(new FieldError(e.getName(), reason)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.sorted(java.util.Comparator.comparing(FieldError::field,
					java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
			.toList();
		return cast(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result instanceof org.springframework.validation.method.ParameterErrors body
					// a request body's fields: name the field, not the parameter
					? body.getFieldErrors()
						.stream()
						.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
					: result.getResolvableErrors()
						.stream()
						.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
								error.getDefaultMessage())))
			.sorted(java.util.Comparator.comparing(FieldError::field,
					java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
			.toList();
		return cast(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(unreadable(e));
	}

	/**
	 * Why a body could not be read, with the JSON path of the value at fault where there
	 * is one.
	 */
	static ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		if (cause == null) {
			return bodyProblem("The request body is missing: send a JSON object");
		}
		if (cause instanceof JsonMappingException mapping
				&& mapping.getCause() instanceof InvalidInputException refused) {
			String field = mapping.getPath().isEmpty() ? refused.field() : path(mapping);
			return fieldProblem(field, refused.reason());
		}
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return fieldProblem(path(unknown), "is not a known field");
		}
		if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
			Class<?> target = format.getTargetType();
			String reason = target == String.class ? format.getOriginalMessage()
					: "must be " + expected(target) + ", was '" + shortened(format.getValue()) + "'";
			return fieldProblem(path(format), reason);
		}
		if (cause instanceof MismatchedInputException mismatch) {
			if (mismatch.getPath().isEmpty()) {
				return bodyProblem("The request body must be a JSON object");
			}
			return fieldProblem(path(mismatch), "must be " + expected(mismatch.getTargetType()));
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return fieldProblem(path(mapping), "has the wrong type");
		}
		if (cause instanceof StreamConstraintsException) {
			return bodyProblem("The request body nests deeper than " + ApiJson.MAX_NESTING + " levels");
		}
		if (cause instanceof StreamReadException read) {
			String message = read.getOriginalMessage() == null ? "" : read.getOriginalMessage();
			if (message.startsWith("Duplicate field") && read.getProcessor() != null) {
				String field = duplicatePath(read.getProcessor().getParsingContext());
				return fieldProblem(field, "is given twice");
			}
			String hint = shortened(message.lines().findFirst().orElse(""));
			return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON",
					List.of(new FieldError(null, "is not valid JSON: " + hint)));
		}
		return bodyProblem("The request body is not valid JSON");
	}

	private static String duplicatePath(JsonStreamContext context) {
		StringBuilder path = new StringBuilder();
		for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
			String segment = c.inArray() ? "[" + c.getCurrentIndex() + "]"
					: (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName();
			path.insert(0, segment);
		}
		return path.length() == 0 ? null : path.toString();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return "of another kind";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (type == java.math.BigDecimal.class || type == Double.class || type == double.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == java.time.LocalDate.class) {
			return "a date like 2026-12-31";
		}
		if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
			return "a date and time like 2026-12-01T14:00:00+01:00";
		}
		if (type == String.class) {
			return "a text";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "a JSON object";
	}

	private static String shortened(Object value) {
		String text = String.valueOf(value);
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	private static ResponseEntity<ProblemDetail> fieldProblem(String field, String reason) {
		return problem(HttpStatus.BAD_REQUEST, (field == null ? "" : field + ": ") + reason,
				List.of(new FieldError(field, reason)));
	}

	private static ResponseEntity<ProblemDetail> bodyProblem(String reason) {
		return problem(HttpStatus.BAD_REQUEST, reason, List.of(new FieldError(null, reason)));
	}

	/**
	 * A path variable that is empty once converted ({@code /api/summits/%20}) is bad
	 * input, not a server fault.
	 */
	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (e.isMissingAfterConversion()) {
			return cast(fieldProblem(e.getVariableName(), "is required"));
		}
		return super.handleMissingPathVariable(e, headers, status, request);
	}

	/**
	 * Spring MVC's own refusals (405, 406, a missing parameter, …) carry a reason too.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
			problem.setProperty("errors", List.of(new FieldError(null, String.valueOf(problem.getDetail()))));
		}
		return super.handleExceptionInternal(e, body, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String reason = "Content type '" + e.getContentType() + "' is not supported; send application/json";
		return cast(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, reason, List.of(new FieldError(null, reason))));
	}

	private static String path(JsonMappingException e) {
		return e.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
	}

	private static String summary(List<FieldError> errors) {
		return errors.isEmpty() ? "The request is not valid"
				: errors.stream()
					.map(error -> (error.field() == null ? "" : error.field() + ": ") + error.message())
					.reduce((a, b) -> a + "; " + b)
					.orElseThrow();
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

	/**
	 * {@code field} is the JSON path of the value at fault, null (written, not left out)
	 * when there is none.
	 */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
	record FieldError(String field, String message) {
	}

}
