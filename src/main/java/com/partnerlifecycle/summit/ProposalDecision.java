package com.partnerlifecycle.summit;

/** The executives' decision on one roadmap proposal. */
public enum ProposalDecision {

	ACCEPTED, DECLINED

}
