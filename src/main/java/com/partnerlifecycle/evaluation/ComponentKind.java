package com.partnerlifecycle.evaluation;

/** What a component of the intended partnership is. */
public enum ComponentKind {

	PARTY,

	INTEGRATION,

	DELIVERABLE

}
