package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.PartnerRecordSection;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * The "reviews" of a partner's record: the last health, the next review's due date, the
 * history. The buyer's assessment (health, mode, recommendation and reasons, the decision
 * and its comment) is for the buyer's people: a partner's representative reading its own
 * record sees the reviews' dates, status and values only.
 */
@Component
class ReviewSection implements PartnerRecordSection {

	private final ReviewService reviews;

	private final PartnerService partners;

	private final com.partnerlifecycle.security.Roles roles;

	ReviewSection(ReviewService reviews, PartnerService partners, com.partnerlifecycle.security.Roles roles) {
		this.reviews = reviews;
		this.partners = partners;
		this.roles = roles;
	}

	@Override
	public String name() {
		return "reviews";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		boolean active = partners.get(partnerId).getStage() == Stage.ACTIVE;
		ReviewService.Standing standing = reviews.standing(partnerId, active);
		List<Review> history = standing.history();
		if (history.isEmpty() && !active) {
			return Optional.empty();
		}
		boolean buyers = roles.isBuyerSide();
		return Optional.of(new ReviewsView(buyers ? standing.lastHealth() : null, standing.nextDue(), history.stream()
			.map(r -> buyers
					? new ReviewView(r.getNumber(), r.getDueDate(), r.getStatus(), r.getMeetingAt(), r.getHealthy(),
							r.getBuyerValue(), r.getProviderValue(), r.getModeAfter(), r.getRecommendation(),
							r.getReasons(), r.getDecision(), r.getDecisionComment(), r.getDecidedBy())
					: new ReviewView(r.getNumber(), r.getDueDate(), r.getStatus(), r.getMeetingAt(), null,
							r.getBuyerValue(), r.getProviderValue(), null, null, null, null, null, null))
			.toList()));
	}

	record ReviewsView(String lastHealth, LocalDate nextReviewDue, List<ReviewView> history) {
	}

	record ReviewView(int number, LocalDate dueDate, ReviewStatus status, Instant meetingAt, Boolean healthy,
			BigDecimal buyerValue, BigDecimal providerValue, Mode modeAfter, ReviewRecommendation recommendation,
			List<String> reasons, ReviewRecommendation decision, String decisionComment, String decidedBy) {
	}

}
