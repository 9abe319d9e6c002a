package com.partnerlifecycle.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Review history as the forms' tables show it. */
public final class ReviewTables {

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

	/**
	 * A review's health in words: Healthy, Unhealthy, One-sided (a side did not rate), or
	 * – before the assessment.
	 */
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

	/**
	 * Action items as the forms' tables show them: text cells only, what people typed
	 * shown as text.
	 */
	public static List<Map<String, Object>> items(List<ReviewFollowUps.Item> items) {
		return items.stream().map(ReviewTables::item).toList();
	}

	private static Map<String, Object> item(ReviewFollowUps.Item item) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("title", item.title());
		row.put("side", item.ownerSide() == com.partnerlifecycle.common.Side.BUYER ? "Our side" : "Partner");
		row.put("owner", item.owner());
		row.put("dueDate", item.dueDate().toString());
		String status = item.status().charAt(0) + item.status().substring(1).toLowerCase(java.util.Locale.ROOT);
		row.put("status", item.overdue() ? status + ", overdue" : status);
		row.put("note", item.note() == null ? "" : item.note());
		row.put("partnerComment", item.partnerComment() == null ? "" : item.partnerComment());
		return row;
	}

}
