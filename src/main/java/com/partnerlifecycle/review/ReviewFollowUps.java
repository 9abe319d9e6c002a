package com.partnerlifecycle.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.partnerlifecycle.common.Side;

/**
 * What came of a review meeting, as the review shows it: its minutes, the partner's
 * acknowledgement, its action items, and for the next agenda the items blocked or overdue
 * and each side's commitment reliability. Implemented by the follow-up feature
 * ({@code followup/}), which builds on reviews; this interface keeps reviews free of it.
 */
public interface ReviewFollowUps {

	/**
	 * An action item as reviews show it; {@code status} OPEN, BLOCKED, DONE or CLOSED.
	 */
	record Item(Long id, String title, Side ownerSide, String owner, LocalDate dueDate, LocalDate originalDueDate,
			String status, boolean overdue, String note, String answers, String partnerComment, Integer reviewNumber) {
	}

	/**
	 * The minutes; {@code acknowledgement} is null until the partner answered (ACCEPTED
	 * or COMMENTED).
	 */
	record Minutes(String summary, String decisions, String recordedBy, Instant recordedAt, String acknowledgement,
			String acknowledgementComment, String acknowledgedBy, Instant acknowledgedAt) {
	}

	Optional<Minutes> minutesOf(Long reviewId);

	/** The action items agreed at this review, in the minutes' order. */
	List<Item> itemsOf(Long reviewId);

	/**
	 * What heads the agenda of the partnership's next meeting: its items blocked or
	 * overdue, blocked first.
	 */
	List<Item> toRaise(String partnerId);

	/**
	 * Each side's commitment reliability, in words ("3 of 4 on time (75 %)"); empty while
	 * no item was due.
	 */
	Map<Side, String> reliability(String partnerId);

}
