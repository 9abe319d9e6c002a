package com.partnerlifecycle.common;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Checks a list of people against the side it is for, before anything is stored: "our
 * participants" of a review are buyer-side users, the buyer's sponsors are executives. A
 * user who belongs to the partner's side (partner representatives, a partner's group) is
 * never one of ours, whatever else they belong to; a partner contact's user is in no
 * buyer group. A refusal names the field, the row (counted from 1) and the person.
 */
@Component
public class People {

	/** The buyer's groups (README "Roles and security"). */
	public static final List<String> BUYER_GROUPS = List.of(Groups.SOURCING_MANAGERS, Groups.PARTNERSHIP_REVIEWERS,
			Groups.EXECUTIVES);

	private final IdentityService identityService;

	private final SystemActions system;

	public People(IdentityService identityService, SystemActions system) {
		this.identityService = identityService;
		this.system = system;
	}

	/**
	 * Each user of the list, in order, if a member of one of the groups and of no
	 * partner-side group; each once. Otherwise an {@link InvalidInputException} for
	 * {@code field[n]}.
	 */
	public List<User> ofOurSide(String field, List<String> userIds, List<String> groups, String whoWeMean) {
		List<User> users = new java.util.ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < userIds.size(); i++) {
			String row = field + "[" + (i + 1) + "]";
			String userId = userIds.get(i);
			if (!seen.add(userId)) {
				throw new InvalidInputException(row, "'" + userId + "' is listed twice");
			}
			User user = system.run(() -> identityService.createUserQuery().userId(userId).singleResult());
			if (user == null) {
				throw new InvalidInputException(row, "'" + userId + "' is not a user");
			}
			Set<String> memberOf = system
				.run(() -> identityService.createGroupQuery().groupMember(userId).listPage(0, 500))
				.stream()
				.map(Group::getId)
				.collect(Collectors.toSet());
			if (memberOf.stream().anyMatch(People::isPartnerSideGroup)) {
				throw new InvalidInputException(row,
						"'" + userId + "' is on the partner's side, not one of " + whoWeMean);
			}
			if (groups.stream().noneMatch(memberOf::contains)) {
				throw new InvalidInputException(row, "'" + userId + "' is not one of " + whoWeMean);
			}
			users.add(user);
		}
		return users;
	}

	/**
	 * How a person who did something is shown: the user's full name ("Nina Falk"), the id
	 * when the user has no name or no longer exists, "the system" for the product's own
	 * steps, "–" for nobody.
	 */
	public String nameOf(String userId) {
		if (userId == null || userId.isBlank()) {
			return "–";
		}
		if (CurrentUser.SYSTEM.equals(userId)) {
			return "the system";
		}
		return fullName(userId).orElse(userId);
	}

	/**
	 * The user's full name as the engine has it ("Sofia Lind"); empty when the engine has
	 * no such user (deleted, or "system") or no name for it. Read as the application: a
	 * caller may see records naming users it cannot list.
	 */
	public Optional<String> fullName(String userId) {
		if (userId == null) {
			return Optional.empty();
		}
		User user = system.run(() -> identityService.createUserQuery().userId(userId).singleResult());
		if (user == null) {
			return Optional.empty();
		}
		String name = fullName(user);
		return name.isEmpty() ? Optional.empty() : Optional.of(name);
	}

	/** First and last name, either of which may be missing. */
	public static String fullName(User user) {
		return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName()))
			.strip();
	}

	/** Partner representatives and every partner's own group ({@code partner-<id>}). */
	public static boolean isPartnerSideGroup(String groupId) {
		return groupId.equals(Groups.PARTNER_REPRESENTATIVES) || groupId.startsWith(Groups.forNewPartner(""));
	}

}
