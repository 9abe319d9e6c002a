package com.partnerlifecycle.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Review history as the forms' tables show it. */
final class ReviewTables {

	private ReviewTables() {
	}

	static List<Map<String, Object>> history(List<Review> reviews) {
		return reviews.stream().map(review -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("number", review.getNumber());
			row.put("dueDate", review.getDueDate().toString());
			row.put("healthy", health(review));
			row.put("decision", review.getDecision() == null ? review.getStatus().name().toLowerCase()
					: review.getDecision().label());
			return row;
		}).toList();
	}


	/** A review's health in words: Healthy, Unhealthy, One-sided (a side did not rate), or – before the assessment. */
	static String health(Review review) {
		ReviewHealth health = review.getHealth();
		if (health == null) {
			return "–";
		}
		return switch (health) {
			case HEALTHY -> "Healthy";
			case UNHEALTHY -> "Unhealthy";
			case ONE_SIDED -> "One-sided: a side did not rate";
		};
	}

}
