package com.partnerlifecycle.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;

/** "Decide the review outcome": both sides' ratings side by side, the health and the recommendation. */
@Component("decideReviewOutcomeForm")
class DecideReviewOutcomeForm extends FormTaskListener<DecideReviewOutcomeForm.OutcomeDecision> {

	/** Form {@code decide-review-outcome}. */
	record OutcomeDecision(@NotNull ReviewRecommendation reviewDecision, @Size(max = 4000) String reviewDecisionComment) {
	}

	private final ReviewService reviews;

	DecideReviewOutcomeForm(ReviewService reviews) {
		super("decide-review-outcome", OutcomeDecision.class);
		this.reviews = reviews;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		Map<Side, ValueRatings> bySide = new LinkedHashMap<>();
		reviews.ratingsOf(review.getId()).forEach(r -> bySide.put(r.getSide(), r.ratings()));
		List<Map<String, Object>> table = List.of(row("Cooperative", bySide, ValueRatings::cooperative),
				row("Transparent", bySide, ValueRatings::transparent),
				row("End-user focused", bySide, ValueRatings::endUserFocused),
				row("Innovation-driven", bySide, ValueRatings::innovationDriven));
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("healthy", Boolean.TRUE.equals(review.getHealthy()) ? "Healthy" : "Unhealthy")
			.put("healthReasons", review.getReasons().stream().map(reason -> Map.of("reason", reason)).toList())
			.put("ratingsTable", table)
			.put("buyerValue", review.getBuyerValue() == null ? null : review.getBuyerValue().doubleValue())
			.put("providerValue", review.getProviderValue() == null ? null : review.getProviderValue().doubleValue())
			.put("currency", reviews.currency())
			.put("modeAfterReview", review.getModeAfter() == null ? "–" : review.getModeAfter().name())
			.put("reviewHistory", ReviewTables.history(reviews.history(review.getPartnerId())));
	}

	@Override
	protected void submit(DelegateTask task, OutcomeDecision form) {
		ReviewRecommendation decision = form.reviewDecision();
		String comment = form.reviewDecisionComment();
		if (decision != ReviewRecommendation.CONTINUE && comment == null) {
			throw new InvalidInputException("reviewDecisionComment",
					"say why: an improvement plan or a dissolution needs a comment");
		}
		reviews.decide(reviews.ofProcess(task.getProcessInstanceId()).getId(), decision, comment);
		task.getExecution().setVariable(ReviewProcess.REVIEW_DECISION, decision.name());
	}

	private static Map<String, Object> row(String value, Map<Side, ValueRatings> bySide,
			Function<ValueRatings, Integer> rating) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("value", value);
		row.put("ourSide", bySide.containsKey(Side.BUYER) ? rating.apply(bySide.get(Side.BUYER)) : "–");
		row.put("partnerSide", bySide.containsKey(Side.PROVIDER) ? rating.apply(bySide.get(Side.PROVIDER)) : "–");
		return row;
	}

}
