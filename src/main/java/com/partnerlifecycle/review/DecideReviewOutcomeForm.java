package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.PartnerService;

/**
 * "Decide the review outcome": both sides' ratings side by side with the perception gap
 * per value (flagged from {@code partnership.review.gap-flagged-at}), both sides' agenda
 * topics, a side that did not rate, the health and the recommendation, and the balance of
 * value review by review. Topics are what people typed: shown in table cells only.
 */
@Component("decideReviewOutcomeForm")
class DecideReviewOutcomeForm extends FormTaskListener<DecideReviewOutcomeForm.OutcomeDecision> {

	/** Form {@code decide-review-outcome}. */
	record OutcomeDecision(@NotNull ReviewRecommendation reviewDecision,
			@Size(max = 4000) String reviewDecisionComment) {
	}

	/** What the ratings table shows for a flagged perception gap. */
	static final String FLAGGED = "⚑ flagged";

	private final ReviewService reviews;

	private final PartnerService partners;

	DecideReviewOutcomeForm(ReviewService reviews, PartnerService partners) {
		super("decide-review-outcome", OutcomeDecision.class);
		this.reviews = reviews;
		this.partners = partners;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		String partnerName = partners.get(review.getPartnerId()).getName();
		Map<Side, ValueRatings> bySide = new LinkedHashMap<>();
		reviews.ratingsOf(review.getId()).forEach(r -> bySide.put(r.getSide(), r.ratings()));
		Map<ValueRatings.Value, PerceptionGap> gaps = new EnumMap<>(ValueRatings.Value.class);
		reviews.perceptionGaps(review.getId()).forEach(gap -> gaps.put(gap.value(), gap));
		List<Map<String, Object>> table = Arrays.stream(ValueRatings.Value.values())
			.map(value -> row(value, bySide, gaps.get(value)))
			.toList();
		List<Review> history = reviews.history(review.getPartnerId());
		ReviewFollowUps followUps = reviews.followUps();
		ReviewFollowUps.Minutes minutes = followUps.minutesOf(review.getId()).orElse(null);
		java.util.Map<Side, String> reliability = followUps.reliability(review.getPartnerId());
		FormContext.of(task)
			.put("minutesSummary", minutes == null ? "–" : minutes.summary())
			.put("minutesDecisions", minutes == null || minutes.decisions() == null ? "–" : minutes.decisions())
			.put("minutesAcknowledgement", acknowledgement(minutes, partnerName))
			.put("acknowledgementComment", minutes == null ? null : minutes.acknowledgementComment())
			.put("actionItemsTable", ReviewTables.items(followUps.itemsOf(review.getId())))
			.put("commitmentReliability",
					reliability.isEmpty() ? "No action items due yet"
							: "Our side: " + reliability.get(Side.BUYER) + "; " + partnerName + ": "
									+ reliability.get(Side.PROVIDER))
			.put("reviewNumber", review.getNumber())
			.put("healthy", ReviewTables.health(review))
			.put("healthReasons", review.getReasons().stream().map(reason -> Map.of("reason", reason)).toList())
			.put("ratingsTable", table)
			.put("flaggedGaps", flaggedGaps(gaps.values(), partnerName))
			.put("didNotRate", didNotRate(reviews.didNotRate(review.getId()), partnerName))
			.put("topicsTable",
					reviews.topicsOf(review.getId()).stream().map(topic -> topic(topic, partnerName)).toList())
			.put("buyerValue", review.getBuyerValue() == null ? null : review.getBuyerValue().doubleValue())
			.put("providerValue", review.getProviderValue() == null ? null : review.getProviderValue().doubleValue())
			.put("currency", reviews.currency())
			.put("modeAfterReview", review.getModeAfter() == null ? "–" : review.getModeAfter().name())
			.put("reviewHistory", ReviewTables.history(history))
			.put("balanceTrend",
					history.stream().filter(r -> r.getNumber() <= review.getNumber()).map(this::balance).toList());
	}

	@Override
	protected void check(DelegateTask task, OutcomeDecision form) {
		ReviewRules.requireDecisionComment(form.reviewDecision(), form.reviewDecisionComment());
	}

	@Override
	protected void submit(DelegateTask task, OutcomeDecision form) {
		ReviewRecommendation decision = form.reviewDecision();
		String comment = form.reviewDecisionComment();
		reviews.decide(reviews.ofProcess(task.getProcessInstanceId()).getId(), decision, comment);
		task.getExecution().setVariable(ReviewProcess.REVIEW_DECISION, decision.name());
	}

	/**
	 * "Accepted by tom on …", "Commented by …", or "Not acknowledged by the due date".
	 */
	private static String acknowledgement(ReviewFollowUps.Minutes minutes, String partnerName) {
		if (minutes == null) {
			return "– (no minutes)";
		}
		if (minutes.acknowledgement() == null) {
			return partnerName + " did not acknowledge the minutes by the due date";
		}
		return ("ACCEPTED".equals(minutes.acknowledgement()) ? "Accepted" : "Commented") + " by "
				+ minutes.acknowledgedBy();
	}

	/**
	 * One value: both sides' ratings (1-5), the gap between them and whether it is
	 * flagged for the meeting.
	 */
	private static Map<String, Object> row(ValueRatings.Value value, Map<Side, ValueRatings> bySide,
			PerceptionGap gap) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("value", value.label());
		row.put("ourSide", bySide.containsKey(Side.BUYER) ? value.of(bySide.get(Side.BUYER)) : "–");
		row.put("partnerSide", bySide.containsKey(Side.PROVIDER) ? value.of(bySide.get(Side.PROVIDER)) : "–");
		row.put("gap", gap == null ? "–" : gap.gap());
		row.put("flagged", gap != null && gap.flagged() ? FLAGGED : "");
		return row;
	}

	/**
	 * The flagged values in a line, e.g. "Transparent (4 : 2)"; "None" when the sides see
	 * every value alike.
	 */
	private static String flaggedGaps(java.util.Collection<PerceptionGap> gaps, String partnerName) {
		if (gaps.isEmpty()) {
			return "– (one side did not rate)";
		}
		List<String> flagged = gaps.stream()
			.filter(PerceptionGap::flagged)
			.map(gap -> gap.value().label() + " (we " + gap.buyer() + ", " + partnerName + " " + gap.provider() + ")")
			.toList();
		return flagged.isEmpty() ? "None" : String.join("; ", flagged);
	}

	/**
	 * The sides that did not rate before the deadline; null (the field hidden) when both
	 * rated.
	 */
	private static String didNotRate(List<Side> sides, String partnerName) {
		if (sides.isEmpty()) {
			return null;
		}
		return sides.stream()
			.map(side -> side == Side.BUYER ? "Our side" : partnerName + " (the partner's side)")
			.collect(Collectors.joining(" and ")) + ": did not rate before the deadline";
	}

	private static Map<String, Object> topic(ReviewTopic topic, String partnerName) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("side", topic.getSide() == Side.BUYER ? "Our side" : partnerName);
		row.put("kind", topic.getKind().label());
		row.put("title", topic.getTitle());
		row.put("text", topic.getText() == null ? "" : topic.getText());
		return row;
	}

	/**
	 * One review's balance of value: what each side received ("–" before it was rated).
	 */
	private Map<String, Object> balance(Review review) {
		boolean assessed = review.getHealthy() != null || review.getRecommendation() != null;
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("number", review.getNumber());
		row.put("dueDate", review.getDueDate().toString());
		row.put("buyerValue", money(review.getBuyerValue(), assessed));
		row.put("providerValue", money(review.getProviderValue(), assessed));
		return row;
	}

	private String money(BigDecimal value, boolean assessed) {
		if (value == null) {
			return assessed ? "did not rate" : "–";
		}
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value) + " "
				+ reviews.currency();
	}

}
