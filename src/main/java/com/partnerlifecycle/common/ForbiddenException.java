package com.partnerlifecycle.common;

/** The caller is known but their role does not allow the call: HTTP 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
