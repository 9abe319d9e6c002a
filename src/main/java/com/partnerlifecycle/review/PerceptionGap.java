package com.partnerlifecycle.review;

/**
 * Where the two sides see one value of the partnership differently: both ratings (1-5),
 * the gap between them, and whether it is flagged for the meeting (at least
 * {@code partnership.review.gap-flagged-at}, default 1.5).
 */
public record PerceptionGap(ValueRatings.Value value, int buyer, int provider, int gap, boolean flagged) {
}
