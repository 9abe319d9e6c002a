package com.partnerlifecycle.review;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Side;

/** "Rate the partnership (our side)": our ratings and the value we received (savings, revenue enabled). */
@Component("rateReviewBuyerForm")
class RateReviewBuyerForm extends RateReviewForm {

	RateReviewBuyerForm(ReviewService reviews, BusinessTime time) {
		super(reviews, time, Side.BUYER, "savings", "revenueEnabled");
	}

}
