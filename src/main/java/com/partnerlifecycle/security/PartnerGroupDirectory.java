package com.partnerlifecycle.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A partner's group of representatives, as {@link Roles} and the packages below the
 * features read it (the reminders' API: an unknown partner is a 404); the partner feature
 * stores the groups ({@code partner.PartnerGroups}), so the access rules need no feature
 * package.
 */
public interface PartnerGroupDirectory {

	/** The partner's group; an unknown partner: {@code NotFoundException} (404). */
	String of(String partnerId);

	/** The partner's group, empty for an unknown partner. */
	Optional<String> find(String partnerId);

	/**
	 * The partners whose groups these are (a representative's groups name the partners it
	 * represents).
	 */
	List<String> partnersOf(Collection<String> groupIds);

}
