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
 * "Rate the partnership (partner's side)": its ratings and its value (revenue from us
 * plus cross-business).
 */
@Component("rateReviewProviderForm")
class RateReviewProviderForm extends RateReviewForm<RateReviewProviderForm.ProviderRating> {

	/** Form {@code rate-review-provider}. */
	record ProviderRating(
			@NotNull @Range(min = ValueRatings.MIN_RATING, max = ValueRatings.MAX_RATING) Integer ratingCooperative,
			@NotNull @Range(min = ValueRatings.MIN_RATING, max = ValueRatings.MAX_RATING) Integer ratingTransparent,
			@NotNull @Range(min = ValueRatings.MIN_RATING, max = ValueRatings.MAX_RATING) Integer ratingEndUserFocused,
			@NotNull @Range(min = ValueRatings.MIN_RATING,
					max = ValueRatings.MAX_RATING) Integer ratingInnovationDriven,
			@NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal revenueFromBuyer,
			@NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal crossBusinessRevenue,
			@Size(max = 4000) String ratingComment, @Size(max = ReviewService.MAX_TOPICS, message = "at most "
					+ ReviewService.MAX_TOPICS + " topics") List<@NotNull @Valid AgendaTopic> agendaTopics) {
	}

	private final ReviewService reviews;

	private final com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks;

	RateReviewProviderForm(ReviewService reviews, ReviewDates dates, BusinessTime time,
			com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks) {
		super("rate-review-provider", ProviderRating.class, reviews, dates, time, Side.PROVIDER);
		this.reviews = reviews;
		this.taskLinks = taskLinks;
	}

	/**
	 * The form's context; the review's participants of the partner's who are its contacts
	 * get a link to rate.
	 */
	@Override
	protected void prepare(DelegateTask task) {
		super.prepare(task);
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		taskLinks.offer(task, review.getPartnerId(), reviews.providerParticipantEmails(review.getId()));
	}

	@Override
	protected void submit(DelegateTask task, ProviderRating form) {
		rate(task,
				new ValueRatings(form.ratingCooperative(), form.ratingTransparent(), form.ratingEndUserFocused(),
						form.ratingInnovationDriven()),
				form.revenueFromBuyer(), form.crossBusinessRevenue(), form.ratingComment(), form.agendaTopics());
	}

}
