package com.partnerlifecycle.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.web.WebAppTest;

/**
 * The demo tells the follow-up's story: Tailspin has items done, one carried over and one
 * overdue.
 */
@WebAppTest
class DemoFollowUpTest {

	static final String TAILSPIN = "tailspin-managed-services";

	@Autowired
	ActionItemService actionItems;

	@Autowired
	MinutesService minutes;

	@Autowired
	ReviewService reviews;

	@Test
	void shouldShowTailspinsCommitmentsDoneCarriedOverAndOverdue() {
		List<ActionItem> items = actionItems.ofPartner(TAILSPIN);
		assertThat(items).filteredOn(i -> i.getStatus() == ActionItemStatus.DONE).hasSize(2);
		assertThat(items).filteredOn(i -> i.getStatusReviewId() != null && i.getStatus() == ActionItemStatus.OPEN)
			.extracting(ActionItem::getTitle)
			.containsExactly("Draft a shared monthly service report");
		assertThat(items).filteredOn(i -> i.isOverdue(actionItems.today()))
			.extracting(ActionItem::getTitle)
			.containsExactly("Extend the service desk to 22:00");
		assertThat(actionItems.reliability(TAILSPIN).get(Side.BUYER).percent()).isEqualTo(100);
		assertThat(actionItems.reliability(TAILSPIN).get(Side.PROVIDER).due()).isEqualTo(3);
		var second = reviews.get(TAILSPIN, 2);
		assertThat(minutes.minutesOf(second.getId()).orElseThrow().acknowledgement()).isEqualTo("COMMENTED");
		assertThat(minutes.toRaise(TAILSPIN)).extracting(com.partnerlifecycle.review.ReviewFollowUps.Item::title)
			.contains("Extend the service desk to 22:00");
	}

}
