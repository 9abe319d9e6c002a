package com.partnerlifecycle.partner;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.security.PartnerGroupDirectory;

/**
 * The group of a partner's representatives, as stored with the partner: candidate group
 * of its provider-side tasks, its Tasklist filter, the API's "represents" check, its
 * summit mails. Never computed from the id: a partner whose {@code partner-<id>} collided
 * with a role has another group ({@link PartnerGroupRepair}).
 */
@Component
public class PartnerGroups implements PartnerGroupDirectory {

	private final PartnerRepository partners;

	public PartnerGroups(PartnerRepository partners) {
		this.partners = partners;
	}

	/** The partner's group; unknown partner: {@link NotFoundException}. */
	@Override
	@Transactional(readOnly = true)
	public String of(String partnerId) {
		return find(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> find(String partnerId) {
		return partnerId == null ? Optional.empty() : partners.findGroupIdById(partnerId);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.List<String> partnersOf(java.util.Collection<String> groupIds) {
		return groupIds.isEmpty() ? java.util.List.of()
				: partners.findByGroupIdIn(groupIds).stream().map(Partner::getId).toList();
	}

}
