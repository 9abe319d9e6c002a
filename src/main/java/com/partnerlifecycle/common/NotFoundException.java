package com.partnerlifecycle.common;

/** A record asked for by id that does not exist: HTTP 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("no " + what + " with id '" + id + "'");
	}

}
