package com.partnerlifecycle.summit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.PartnerRecordSection;

/**
 * The "summits" of a partner's record: each summit it was invited to, what it proposed,
 * what was decided.
 */
@Component
class SummitSection implements PartnerRecordSection {

	private final SummitService summits;

	SummitSection(SummitService summits) {
		this.summits = summits;
	}

	@Override
	public String name() {
		return "summits";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		List<SummitInvitee> invitations = summits.invitationsOf(partnerId);
		if (invitations.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(invitations.stream().map(invitation -> {
			Summit summit = summits.get(invitation.getSummitId());
			return new SummitView(summit.getId(), summit.getYear(), summit.getTitle(), summit.getHeldAt(),
					summit.getStatus(), invitation.getStatus(),
					summits.proposals(summit.getId(), partnerId).stream().map(SummitService.ProposalView::of).toList());
		}).toList());
	}

	record SummitView(Long summitId, int year, String title, Instant heldAt, SummitStatus summitStatus,
			InviteeStatus answer, List<SummitService.ProposalView> proposals) {
	}

}
