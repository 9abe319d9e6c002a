package com.partnerlifecycle.evaluation;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * The person deciding the gate is the evaluation's author, or unknown: refused, whatever
 * the door.
 */
public class FourEyesViolation extends InvalidInputException {

	public FourEyesViolation(String message) {
		super("user", message);
	}

}
