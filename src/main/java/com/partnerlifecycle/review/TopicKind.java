package com.partnerlifecycle.review;

/** What a side brings to the review meeting's agenda. */
public enum TopicKind {

	/** a strategic issue the side wants discussed */
	STRATEGIC_ISSUE("Strategic issue"),
	/** an imperative: what the side needs from the partnership */
	IMPERATIVE("Imperative"),
	/** a proposal: something the side offers or suggests doing together */
	PROPOSAL("Proposal");

	private final String label;

	TopicKind(String label) {
		this.label = label;
	}

	/** As forms and mails name it. */
	public String label() {
		return label;
	}

}
