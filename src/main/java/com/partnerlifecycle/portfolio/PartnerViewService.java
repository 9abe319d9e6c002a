package com.partnerlifecycle.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.followup.ActionItemService;
import com.partnerlifecycle.followup.CommitmentReliability;
import com.partnerlifecycle.followup.MinutesService;
import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewFollowUps;
import com.partnerlifecycle.review.ReviewRating;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ValueRatings;

/**
 * What the Cockpit partner view draws, from the product's records (never the engine's
 * history): the stage timeline, both sides' ratings of each value review by review, the
 * value each side received and the balance, each side's action items kept, and the open
 * items. Blind like reviews: a review not yet revealed shows no ratings and no values.
 */
@Service
public class PartnerViewService {

	private final PartnerService partners;

	private final ReviewService reviews;

	private final ActionItemService actionItems;

	private final MinutesService minutes;

	public PartnerViewService(PartnerService partners, ReviewService reviews, ActionItemService actionItems,
			MinutesService minutes) {
		this.partners = partners;
		this.reviews = reviews;
		this.actionItems = actionItems;
		this.minutes = minutes;
	}

	/** One step of the stage timeline. */
	public record StageStep(Stage stage, Instant enteredAt) {
	}

	/**
	 * One review: {@code buyer} and {@code provider} are each side's ratings (1-5) per
	 * value, null where the side did not rate or before the reveal; the values received
	 * and their ratio are null before the assessment.
	 */
	public record ReviewPoint(int number, LocalDate dueDate, boolean revealed, Map<ValueRatings.Value, Integer> buyer,
			Map<ValueRatings.Value, Integer> provider, BigDecimal buyerValue, BigDecimal providerValue,
			BigDecimal valueRatio, String health) {
	}

	/**
	 * Each side's action items: kept (done by the date first agreed), due, and not yet
	 * due (still open).
	 */
	public record Commitments(int kept, int due, Integer percent, int notYetDue) {
	}

	public record PartnerView(String partnerId, String name, Stage stage, Mode mode, String processInstanceId,
			String currency, List<StageStep> stages, List<Map<String, String>> values, List<ReviewPoint> reviews,
			Commitments buyerCommitments, Commitments providerCommitments, List<ReviewFollowUps.Item> openItems) {
	}

	@Transactional(readOnly = true)
	public PartnerView of(String partnerId) {
		Partner partner = partners.get(partnerId);
		List<StageStep> stages = new ArrayList<>();
		partners.history(partnerId).forEach(t -> stages.add(new StageStep(t.getToStage(), t.getChangedAt())));
		List<ReviewPoint> points = new ArrayList<>();
		for (Review review : reviews.history(partnerId)) {
			Map<ValueRatings.Value, Integer> buyer = null;
			Map<ValueRatings.Value, Integer> provider = null;
			for (ReviewRating rating : reviews.ratingsOf(review.getId())) { // none before
																			// the reveal
				if (rating.getSide() == Side.BUYER) {
					buyer = byValue(rating.ratings());
				}
				else {
					provider = byValue(rating.ratings());
				}
			}
			boolean assessed = review.isRevealed() && review.getHealth() != null;
			points.add(new ReviewPoint(review.getNumber(), review.getDueDate(), review.isRevealed(), buyer, provider,
					assessed ? review.getBuyerValue() : null, assessed ? review.getProviderValue() : null,
					assessed ? review.getValueRatio() : null, assessed ? review.getHealth().name() : null));
		}
		Map<Side, CommitmentReliability.Reliability> reliability = actionItems.reliability(partnerId);
		List<ReviewFollowUps.Item> open = minutes.items(actionItems.openOf(partnerId));
		Map<Side, Integer> notYetDue = new HashMap<>();
		LocalDate today = actionItems.today();
		open.stream()
			.filter(item -> !item.originalDueDate().isBefore(today))
			.forEach(item -> notYetDue.merge(item.ownerSide(), 1, Integer::sum));
		List<Map<String, String>> values = Arrays.stream(ValueRatings.Value.values())
			.map(value -> Map.of("value", value.name(), "label", value.label()))
			.toList();
		return new PartnerView(partner.getId(), partner.getName(), partner.getStage(), partner.getMode(),
				partner.getProcessInstanceId(), reviews.currency(), stages, values, points,
				commitments(reliability.get(Side.BUYER), notYetDue.getOrDefault(Side.BUYER, 0)),
				commitments(reliability.get(Side.PROVIDER), notYetDue.getOrDefault(Side.PROVIDER, 0)), open);
	}

	private static Commitments commitments(CommitmentReliability.Reliability reliability, int notYetDue) {
		return new Commitments(reliability.kept(), reliability.due(), reliability.percent(), notYetDue);
	}

	private static Map<ValueRatings.Value, Integer> byValue(ValueRatings ratings) {
		Map<ValueRatings.Value, Integer> byValue = new java.util.EnumMap<>(ValueRatings.Value.class);
		for (ValueRatings.Value value : ValueRatings.Value.values()) {
			byValue.put(value, value.of(ratings));
		}
		return byValue;
	}

}
