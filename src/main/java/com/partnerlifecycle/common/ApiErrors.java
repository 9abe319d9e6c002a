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

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the product API as RFC 9457 problem JSON: a message, and {@code errors} naming each field
 * and its reason. Bad input is 400, unknown ids 404, clashes with the current state 409 — never 500.
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

	/** Constraints on request parameters checked outside Spring MVC's own method validation. */
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
		String expected = e.getRequiredType() != null && e.getRequiredType().isEnum()
				? "one of " + List.of(e.getRequiredType().getEnumConstants())
				: e.getRequiredType() == null ? "another value" : "a " + e.getRequiredType().getSimpleName();
		String reason = "must be " + expected + ", was '" + e.getValue() + "'";
		return problem(HttpStatus.BAD_REQUEST, e.getName() + ": " + reason, List.of(new FieldError(e.getName(), reason)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.sorted((a, b) -> a.field().compareTo(b.field()))
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
					? body.getFieldErrors().stream().map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
					: result.getResolvableErrors()
						.stream()
						.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
								error.getDefaultMessage())))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		return cast(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
			String reason = "is not a known field";
			return cast(problem(HttpStatus.BAD_REQUEST, unknown.getPropertyName() + ": " + reason,
					List.of(new FieldError(unknown.getPropertyName(), reason))));
		}
		if (e.getCause() instanceof InvalidFormatException format) {
			String field = path(format);
			String reason = format.getTargetType().isEnum()
					? "must be one of " + List.of(format.getTargetType().getEnumConstants()) + ", was '" + format.getValue() + "'"
					: format.getTargetType() == java.time.LocalDate.class
							? "must be a date like 2026-12-31, was '" + format.getValue() + "'"
							: "must be a " + format.getTargetType().getSimpleName() + ", was '" + format.getValue() + "'";
			return cast(problem(HttpStatus.BAD_REQUEST, field + ": " + reason, List.of(new FieldError(field, reason))));
		}
		if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = path(mapping);
			String reason = "has the wrong type";
			return cast(problem(HttpStatus.BAD_REQUEST, field + ": " + reason, List.of(new FieldError(field, reason))));
		}
		return cast(problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON", List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Content type '" + e.getContentType() + "' is not supported; send application/json", List.of()));
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
				: errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b)
					.orElseThrow();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return ResponseEntity.status(status).body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

	record FieldError(String field, String message) {
	}

}
