package com.partnerlifecycle.review;

import java.math.BigDecimal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hibernate.validator.constraints.Range;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Side;

/**
 * "Rate the partnership (our side)": our ratings and the value we received (savings,
 * revenue enabled).
 */
@Component("rateReviewBuyerForm")
class RateReviewBuyerForm extends RateReviewForm<RateReviewBuyerForm.BuyerRating> {

	/** Form {@code rate-review-buyer}. */
	record BuyerRating(
			@NotNull @Range(min = ValueRatings.MIN_RATING, max = ValueRatings.MAX_RATING) Integer ratingCooperative,
			@NotNull @Range(min = ValueRatings.MIN_RATING, max = ValueRatings.MAX_RATING) Integer ratingTransparent,
			@NotNull @Range(min = ValueRatings.MIN_RATING, max = ValueRatings.MAX_RATING) Integer ratingEndUserFocused,
			@NotNull @Range(min = ValueRatings.MIN_RATING,
					max = ValueRatings.MAX_RATING) Integer ratingInnovationDriven,
			@NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal savings,
			@NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal revenueEnabled,
			@Size(max = 4000) String ratingComment, @Size(max = ReviewService.MAX_TOPICS, message = "at most "
					+ ReviewService.MAX_TOPICS + " topics") List<@NotNull @Valid AgendaTopic> agendaTopics) {
	}

	RateReviewBuyerForm(ReviewService reviews, ReviewDates dates, BusinessTime time) {
		super("rate-review-buyer", BuyerRating.class, reviews, dates, time, Side.BUYER);
	}

	@Override
	protected void submit(DelegateTask task, BuyerRating form) {
		rate(task,
				new ValueRatings(form.ratingCooperative(), form.ratingTransparent(), form.ratingEndUserFocused(),
						form.ratingInnovationDriven()),
				form.savings(), form.revenueEnabled(), form.ratingComment(), form.agendaTopics());
	}

}
