package com.partnerlifecycle.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that breaks a business rule, named by the field it concerns. The REST layer
 * answers 400 with the field and the message; inside a task listener or a form's contract
 * it refuses the completion with the same message. A {@link BadUserRequestException}, so
 * the engine logs it at DEBUG: a person's mistake, not a fault.
 */
public class InvalidInputException extends BadUserRequestException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	public String field() {
		return field;
	}

	/**
	 * The reason without the field prefix, for a response body that names the field
	 * separately.
	 */
	public String reason() {
		return getMessage().substring(field.length() + 2);
	}

}
