package com.partnerlifecycle.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.ForbiddenException;
import com.partnerlifecycle.common.Groups;

/**
 * Who may call what in the product API; a refusal is a {@link ForbiddenException} (HTTP
 * 403).
 */
@Component
public class Roles {

	/** The buyer's people: they see every partnership. */
	static final Set<String> BUYER_GROUPS = Set.of(Groups.SOURCING_MANAGERS, Groups.PARTNERSHIP_REVIEWERS,
			Groups.EXECUTIVES, Groups.CAMUNDA_ADMIN);

	private final IdentityService identityService;

	private final PartnerGroupDirectory partnerGroups;

	public Roles(IdentityService identityService, PartnerGroupDirectory partnerGroups) {
		this.identityService = identityService;
		this.partnerGroups = partnerGroups;
	}

	private List<String> groups() {
		Authentication authentication = identityService.getCurrentAuthentication();
		return authentication == null || authentication.getGroupIds() == null ? List.of()
				: authentication.getGroupIds();
	}

	public boolean isBuyerSide() {
		return groups().stream().anyMatch(BUYER_GROUPS::contains);
	}

	public boolean represents(String partnerId) {
		return partnerGroups.find(partnerId).map(groups()::contains).orElse(false);
	}

	/**
	 * The partners the caller represents (the partner groups it belongs to); none for the
	 * buyer's people.
	 */
	public List<String> representedPartners() {
		return partnerGroups.partnersOf(groups());
	}

	/** The caller's user id; refused (403) without one. */
	public String userId() {
		Authentication authentication = identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			throw new ForbiddenException("this needs a signed-in user");
		}
		return authentication.getUserId();
	}

	public void requireAnyOf(String action, String... groups) {
		if (groups().stream().noneMatch(List.of(groups)::contains)) {
			throw new ForbiddenException(action + " is for " + String.join(" or ", groups));
		}
	}

	/**
	 * The buyer's people see every partner; a partner's representatives see only their
	 * own.
	 */
	public void requireMaySee(String partnerId) {
		if (!isBuyerSide() && !represents(partnerId)) {
			throw new ForbiddenException(
					"only the buyer's people and the partner's own representatives may see partner " + partnerId);
		}
	}

	public void requireBuyerSide(String action) {
		if (!isBuyerSide()) {
			throw new ForbiddenException(action + " is for the buyer's people");
		}
	}

}
