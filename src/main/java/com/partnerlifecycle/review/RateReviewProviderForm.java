package com.partnerlifecycle.review;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Side;

/** "Rate the partnership (partner's side)": its ratings and its value (revenue from us plus cross-business). */
@Component("rateReviewProviderForm")
class RateReviewProviderForm extends RateReviewForm {

	RateReviewProviderForm(ReviewService reviews, BusinessTime time) {
		super(reviews, time, Side.PROVIDER, "revenueFromBuyer", "crossBusinessRevenue");
	}

}
