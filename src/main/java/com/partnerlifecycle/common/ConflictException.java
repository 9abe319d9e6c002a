package com.partnerlifecycle.common;

/**
 * A request that is well-formed but clashes with the current state (a duplicate, the
 * wrong stage): HTTP 409.
 */
public class ConflictException extends InvalidInputException {

	public ConflictException(String field, String message) {
		super(field, message);
	}

}
