package com.partnerlifecycle.review;

/** What a side brings to the review meeting's agenda. */
public enum TopicKind {
	/** a strategic issue the side wants discussed */
	STRATEGIC_ISSUE,
	/** an imperative: what the side needs from the partnership */
	IMPERATIVE,
	/** a proposal: something the side offers or suggests doing together */
	PROPOSAL
}
