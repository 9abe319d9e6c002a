package com.partnerlifecycle.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import com.partnerlifecycle.common.BusinessRule;
import com.partnerlifecycle.common.Side;

/**
 * How reliably a side keeps what it commits to at review meetings: its action items done
 * by the date first agreed, divided by its action items due. Plain Java.
 * <ul>
 * <li>An item is <b>due</b> once the date first agreed has passed ({@code originalDue}
 * before {@code asOf}), or once it is done. Carrying an item over does not move that
 * date: a renegotiated commitment was not kept on time.</li>
 * <li>It is <b>kept</b> when it was done on or before the date first agreed.</li>
 * <li>An item dropped (or ended with the partnership) on or before the date first agreed
 * does not count; dropped after it, it counts as due and not kept.</li>
 * </ul>
 */
@BusinessRule
public final class CommitmentReliability {

	/**
	 * One item as the rule sees it; {@code doneOn} and {@code closedOn} are null unless
	 * done or closed.
	 */
	public record Commitment(Side side, LocalDate originalDue, ActionItemStatus status, LocalDate doneOn,
			LocalDate closedOn) {
	}

	/**
	 * One side's record: {@code kept} of {@code due}; {@link #percent()} is null while
	 * nothing was due.
	 */
	public record Reliability(Side side, int kept, int due) {

		public Integer percent() {
			return due == 0 ? null : (int) Math.round(100.0 * kept / due);
		}

		/** "3 of 4 on time (75 %)", or "no action items due yet". */
		public String text() {
			return due == 0 ? "no action items due yet" : kept + " of " + due + " on time (" + percent() + " %)";
		}
	}

	private CommitmentReliability() {
	}

	/** Each side's reliability on {@code asOf}, both sides always present. */
	public static Map<Side, Reliability> of(Collection<Commitment> items, LocalDate asOf) {
		Map<Side, int[]> counts = new EnumMap<>(Side.class);
		for (Side side : Side.values()) {
			counts.put(side, new int[2]);
		}
		for (Commitment item : items) {
			int[] count = counts.get(item.side());
			if (isDue(item, asOf)) {
				count[1]++;
				if (isKept(item)) {
					count[0]++;
				}
			}
		}
		Map<Side, Reliability> result = new EnumMap<>(Side.class);
		counts.forEach((side, count) -> result.put(side, new Reliability(side, count[0], count[1])));
		return result;
	}

	static boolean isDue(Commitment item, LocalDate asOf) {
		if (item.status() == ActionItemStatus.DONE) {
			return true;
		}
		if (item.status() == ActionItemStatus.CLOSED && item.closedOn() != null
				&& !item.closedOn().isAfter(item.originalDue())) {
			return false;
		}
		return item.originalDue().isBefore(asOf);
	}

	static boolean isKept(Commitment item) {
		return item.status() == ActionItemStatus.DONE && item.doneOn() != null
				&& !item.doneOn().isAfter(item.originalDue());
	}

}
