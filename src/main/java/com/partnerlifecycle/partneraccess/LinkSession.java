package com.partnerlifecycle.partneraccess;

import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A web-app session opened by a link: the contact's user, the one task it may work on, and when it ends at the
 * latest. Kept in the session beside Camunda's own authentication; {@link LinkSessionFilter} and the engine doors
 * read it on every request.
 */
public record LinkSession(Long linkId, String contactId, String userId, String partnerId, String taskId,
		Instant endsAt) implements Serializable {

	static final String ATTRIBUTE = LinkSession.class.getName();

	/** The link session of this request, if its session is one. */
	public static LinkSession of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (LinkSession) session.getAttribute(ATTRIBUTE);
	}

}
