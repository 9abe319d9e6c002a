package com.partnerlifecycle.security;

import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A web-app session opened by a link: the contact's user, the one task it may work on,
 * and when it ends at the latest. Kept in the session beside Camunda's own
 * authentication; {@code partneraccess.LinkSessionFilter} and the engine doors read it on
 * every request. Its user is a contact's password-less user, {@code contact-<uuid>}.
 */
public record LinkSession(Long linkId, String contactId, String userId, String partnerId, String taskId,
		Instant endsAt) implements Serializable {

	public static final String ATTRIBUTE = LinkSession.class.getName();

	/** How every contact's user id starts: such a user works only in a link session. */
	public static final String CONTACT_USER_PREFIX = "contact-";

	public static boolean isContactUser(String userId) {
		return userId != null && userId.startsWith(CONTACT_USER_PREFIX);
	}

	/** The link session of this request, if its session is one. */
	public static LinkSession of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (LinkSession) session.getAttribute(ATTRIBUTE);
	}

}
