package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.PartnerService;

/**
 * One review as {@code GET /api/partners/{id}/reviews/{number}} shows it to one side.
 * Blind like the service: before the reveal no ratings, topics, gaps or agenda of either
 * side, to either side. The partner's copy has the partner's agenda and none of the
 * buyer's assessment (health, recommendation, reasons, decision): the executives decide
 * on it. Read in one transaction, so the review is revealed, or not, for every part of
 * one answer.
 */
@Component
class ReviewReadModel {

	/** The JSON field of the meeting's length (its {@code meetingDurationMinutes}). */
	static final String MEETING_MINUTES = "meetingMinutes";

	private final ReviewService reviews;

	private final ReviewDates dates;

	private final PartnerService partners;

	private final com.partnerlifecycle.contact.PartnerContacts contacts;

	ReviewReadModel(ReviewService reviews, ReviewDates dates, PartnerService partners,
			com.partnerlifecycle.contact.PartnerContacts contacts) {
		this.reviews = reviews;
		this.dates = dates;
		this.partners = partners;
		this.contacts = contacts;
	}

	/**
	 * Review {@code number} of the partner, in the copy for {@code copyFor}'s side;
	 * unknown partner or number: 404.
	 */
	@Transactional(readOnly = true)
	public ReviewDetails of(String partnerId, int number, Side copyFor) {
		partners.get(partnerId);
		Review review = reviews.get(partnerId, number);
		Long id = review.getId();
		List<RatingView> ratings = reviews.ratingsOf(id)
			.stream()
			.sorted(Comparator.comparing(ReviewRating::getSide))
			.map(this::rating)
			.toList();
		List<GapView> gaps = reviews.perceptionGaps(id)
			.stream()
			.map(g -> new GapView(g.value(), g.value().label(), g.buyer(), g.provider(), g.gap(), g.flagged()))
			.toList();
		ReviewAgenda agenda = reviews.agenda(id, copyFor);
		List<AgendaItem> items = agenda.items()
			.stream()
			.map(item -> new AgendaItem(item.kind(), item.side(), item.title(), item.text()))
			.toList();
		Instant ratingDeadline = review.getMeetingAt() == null ? null : dates.ratingDeadlineOf(review);
		BuyerAssessment assessment = copyFor != Side.BUYER ? null
				: new BuyerAssessment(review.getHealth(), review.getValueRatio(), review.getModeAfter(),
						review.getRecommendation(), review.getReasons(), review.getDecision(),
						review.getDecisionComment(), review.getDecidedBy(), review.getDecidedAt());
		return new ReviewDetails(review.getNumber(), review.getDueDate(), review.getStatus(), review.getMeetingAt(),
				review.getMeetingDurationMinutes(), ratingDeadline, review.isRevealed(), review.getRevealedAt(),
				ratings, reviews.didNotRate(id), gaps, items, reviews.followUps().minutesOf(id).orElse(null),
				reviews.followUps().itemsOf(id), assessment);
	}

	/**
	 * A rating made through a link shows its contact: "Pat Partner
	 * &lt;pat@provider.example&gt;".
	 */
	private RatingView rating(ReviewRating rating) {
		ValueRatings values = rating.ratings();
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		// named as the side's form names them
		figures.put(rating.getSide() == Side.BUYER ? "savings" : "revenueFromBuyer", rating.getFirstValue());
		figures.put(rating.getSide() == Side.BUYER ? "revenueEnabled" : "crossBusinessRevenue",
				rating.getSecondValue());
		return new RatingView(rating.getSide(), values.cooperative(), values.transparent(), values.endUserFocused(),
				values.innovationDriven(), figures, rating.valueReceived(), rating.getComment(),
				contacts.whoActed(rating.getRatedBy()), rating.getRatedAt());
	}

	/**
	 * The review. {@code ratingDeadline} is null until a meeting is set; {@code ratings},
	 * {@code didNotRate}, {@code perceptionGaps} and {@code agenda} are empty until the
	 * reveal; {@code minutes} is null until recorded, {@code actionItems} are those
	 * agreed at this review. The {@code assessment}'s fields appear in the buyer's copy
	 * only.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	@JsonPropertyOrder({ "number", "dueDate", "status", "meetingAt", MEETING_MINUTES, "ratingDeadline", "revealed",
			"revealedAt", "ratings", "didNotRate", "perceptionGaps", "agenda", "minutes", "actionItems" })
	record ReviewDetails(int number, LocalDate dueDate, ReviewStatus status, Instant meetingAt,
			@JsonProperty(MEETING_MINUTES) Integer meetingDurationMinutes, Instant ratingDeadline, boolean revealed,
			Instant revealedAt, List<RatingView> ratings, List<Side> didNotRate, List<GapView> perceptionGaps,
			List<AgendaItem> agenda, ReviewFollowUps.Minutes minutes, List<ReviewFollowUps.Item> actionItems,
			@JsonUnwrapped BuyerAssessment assessment) {
	}

	/**
	 * One side's rating: the four values (1-5), its two value figures in its own terms
	 * and their sum.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record RatingView(Side side, int cooperative, int transparent, int endUserFocused, int innovationDriven,
			Map<String, BigDecimal> values, BigDecimal valueReceived, String comment, String ratedBy, Instant ratedAt) {
	}

	record GapView(ValueRatings.Value value, String label, int buyer, int provider, int gap, boolean flagged) {
	}

	/**
	 * {@code side} is null for what the product found (a perception gap, the balance of
	 * value).
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record AgendaItem(ReviewAgenda.Kind kind, Side side, String title, String text) {
	}

	/**
	 * The buyer's own: the health found, the recommendation with its reasons, the
	 * executives' decision.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record BuyerAssessment(ReviewHealth health, BigDecimal valueRatio, Mode modeAfter,
			ReviewRecommendation recommendation, List<String> reasons, ReviewRecommendation decision,
			String decisionComment, String decidedBy, Instant decidedAt) {
	}

}
