package com.partnerlifecycle.review;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.agreement.RenewalContext;

/** Gives the renewal decision the partnership's review history. */
@Component
class ReviewHistoryForRenewal implements RenewalContext {

	private final ReviewService reviews;

	ReviewHistoryForRenewal(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public List<Map<String, Object>> reviewHistory(String partnerId) {
		return ReviewTables.history(reviews.history(partnerId));
	}

}
