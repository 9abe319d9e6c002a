package com.partnerlifecycle.followup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.PartnerRecordSection;

/**
 * The "actionItems" of a partner's record: each side's commitment reliability and how
 * many items are open, overdue or blocked. Both sides see it: the commitments are shared.
 */
@Component
class FollowUpSection implements PartnerRecordSection {

	private final ActionItemService actionItems;

	FollowUpSection(ActionItemService actionItems) {
		this.actionItems = actionItems;
	}

	@Override
	public String name() {
		return "actionItems";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		List<ActionItem> all = actionItems.ofPartner(partnerId);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		java.time.LocalDate today = actionItems.today();
		Map<Side, CommitmentReliability.Reliability> reliability = actionItems.reliability(all);
		return Optional.of(new FollowUpView(all.stream().filter(i -> i.getStatus().isOpen()).count(),
				all.stream().filter(i -> i.isOverdue(today)).count(),
				all.stream().filter(i -> i.getStatus() == ActionItemStatus.BLOCKED).count(),
				view(reliability.get(Side.BUYER)), view(reliability.get(Side.PROVIDER))));
	}

	private static ReliabilityView view(CommitmentReliability.Reliability reliability) {
		return new ReliabilityView(reliability.kept(), reliability.due(), reliability.percent());
	}

	/**
	 * {@code reliability}: items done by the date first agreed of the items due; percent
	 * null while none was due.
	 */
	record FollowUpView(long open, long overdue, long blocked, ReliabilityView buyerReliability,
			ReliabilityView providerReliability) {
	}

	record ReliabilityView(int kept, int due, Integer percent) {
	}

}
