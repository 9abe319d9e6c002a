package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.partnerlifecycle.common.Side;

/**
 * The agenda of a review meeting, built by the product at the reveal from what both sides
 * brought: each side's topics, the flagged perception gaps with both ratings, and the
 * balance of value each side received this period and over the earlier reviews. The
 * buyer's copy also carries the recommendation with its reasons; the partner's does not
 * (the executives have not decided yet). Plain Java: the same items feed the API, the
 * mails and the decision form.
 *
 * @param items in the order of the meeting
 * @param recommendation the buyer's copy only; null in the partner's
 * @param reasons the buyer's copy only; empty in the partner's
 */
public record ReviewAgenda(List<Item> items, ReviewRecommendation recommendation, List<String> reasons) {

	/**
	 * What an agenda item is: a side's topic (its {@link TopicKind}), a flagged gap, the
	 * balance, a side's absence.
	 */
	public enum Kind {

		STRATEGIC_ISSUE, IMPERATIVE, PROPOSAL, PERCEPTION_GAP, BALANCE_OF_VALUE, DID_NOT_RATE,
		/**
		 * an action item of an earlier review, blocked or overdue: at the top of the
		 * agenda
		 */
		ACTION_ITEM_BLOCKED, ACTION_ITEM_OVERDUE,
		/** each side's action items done by the date first agreed, of those due */
		COMMITMENT_RELIABILITY

	}

	/**
	 * One item: its kind, the side that brought it (null for what the product found), a
	 * title and a text.
	 */
	public record Item(Kind kind, Side side, String title, String text) {
	}

	/**
	 * What the agenda is built from: one review, revealed, with the earlier reviews of
	 * the partnership, their action items blocked or overdue, and each side's commitment
	 * reliability in words (none before the first items).
	 */
	public record Facts(String partnerName, String currency, List<ReviewTopic> topics, List<PerceptionGap> gaps,
			List<Side> didNotRate, Review review, List<Review> earlier, List<ReviewFollowUps.Item> toRaise,
			java.util.Map<Side, String> reliability) {
	}

	public ReviewAgenda {
		items = List.copyOf(items);
		reasons = List.copyOf(reasons);
	}

	/** The agenda for one side's participants. */
	public static ReviewAgenda of(Facts facts, Side copyFor) {
		List<Item> items = new ArrayList<>();
		for (ReviewFollowUps.Item item : facts.toRaise()) {
			boolean blocked = "BLOCKED".equals(item.status());
			items.add(new Item(blocked ? Kind.ACTION_ITEM_BLOCKED : Kind.ACTION_ITEM_OVERDUE, item.ownerSide(),
					(blocked ? "Blocked: " : "Overdue: ") + item.title(),
					"Owned by " + item.owner() + " (" + sideName(item.ownerSide(), facts) + "), due on "
							+ item.dueDate()
							+ (item.reviewNumber() == null ? "" : ", agreed at review " + item.reviewNumber()) + "."
							+ (blocked && item.note() != null ? " Blocked because: " + item.note() : "")));
		}
		for (Side side : facts.didNotRate()) {
			items.add(new Item(Kind.DID_NOT_RATE, side, sideName(side, facts) + " did not rate", sideName(side, facts)
					+ " did not rate before the deadline: its view is missing from this review."));
		}
		for (ReviewTopic topic : facts.topics()) {
			items.add(new Item(Kind.valueOf(topic.getKind().name()), topic.getSide(), topic.getTitle(),
					topic.getText() == null ? "" : topic.getText()));
		}
		for (PerceptionGap gap : facts.gaps()) {
			if (gap.flagged()) {
				items.add(new Item(Kind.PERCEPTION_GAP, null, "Perception gap: " + gap.value().label(),
						"The buyer rates " + gap.value().label().toLowerCase(Locale.ROOT) + " " + gap.buyer() + ", "
								+ facts.partnerName() + " rates it " + gap.provider() + " (1-5): a gap of " + gap.gap()
								+ "."));
			}
		}
		items.add(new Item(Kind.BALANCE_OF_VALUE, null, "Balance of value", balance(facts)));
		if (!facts.reliability().isEmpty()) {
			items.add(new Item(Kind.COMMITMENT_RELIABILITY, null, "Commitment reliability",
					"Action items done by the date first agreed: the buyer " + facts.reliability().get(Side.BUYER)
							+ ", " + facts.partnerName() + " " + facts.reliability().get(Side.PROVIDER) + "."));
		}
		boolean buyers = copyFor == Side.BUYER;
		Review review = facts.review();
		return new ReviewAgenda(items, buyers ? review.getRecommendation() : null,
				buyers ? review.getReasons() : List.of());
	}

	private static String sideName(Side side, Facts facts) {
		return side == Side.BUYER ? "The buyer" : facts.partnerName();
	}

	/** This period's values, then the earlier reviews', oldest first. */
	private static String balance(Facts facts) {
		StringBuilder text = new StringBuilder("This period: ").append(values(facts.review(), facts)).append('.');
		List<Review> earlier = facts.earlier().stream().filter(r -> r.getRecommendation() != null).toList();
		if (!earlier.isEmpty()) {
			text.append(" Earlier reviews: ");
			for (int i = 0; i < earlier.size(); i++) {
				Review r = earlier.get(i);
				text.append(i == 0 ? "" : "; ")
					.append("review ")
					.append(r.getNumber())
					.append(" (")
					.append(r.getDueDate())
					.append("): ")
					.append(values(r, facts));
			}
			text.append('.');
		}
		return text.toString();
	}

	private static String values(Review review, Facts facts) {
		return "the buyer received " + money(review.getBuyerValue(), facts.currency()) + ", " + facts.partnerName()
				+ " " + money(review.getProviderValue(), facts.currency());
	}

	private static String money(BigDecimal value, String currency) {
		return value == null ? "nothing stated (did not rate)"
				: new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value) + " "
						+ currency;
	}

}
