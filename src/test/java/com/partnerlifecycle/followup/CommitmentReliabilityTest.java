package com.partnerlifecycle.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.followup.CommitmentReliability.Commitment;

/** The commitment reliability rule at its boundaries. */
class CommitmentReliabilityTest {

	static final LocalDate DUE = LocalDate.of(2026, 6, 30);

	static Commitment item(ActionItemStatus status, LocalDate doneOn, LocalDate closedOn) {
		return new Commitment(Side.PROVIDER, DUE, status, doneOn, closedOn);
	}

	static CommitmentReliability.Reliability partner(LocalDate asOf, Commitment... items) {
		return CommitmentReliability.of(List.of(items), asOf).get(Side.PROVIDER);
	}

	@Test
	void shouldNotCountAnOpenItemBeforeItsDateHasPassed() {
		assertThat(partner(DUE, item(ActionItemStatus.OPEN, null, null))).extracting("kept", "due")
			.containsExactly(0, 0);
		assertThat(partner(DUE, item(ActionItemStatus.OPEN, null, null)).percent()).isNull();
		assertThat(partner(DUE, item(ActionItemStatus.OPEN, null, null)).text()).isEqualTo("no action items due yet");
	}

	@Test
	void shouldCountAnOpenOrBlockedItemAsMissedTheDayAfterItsDate() {
		LocalDate dayAfter = DUE.plusDays(1);
		assertThat(
				partner(dayAfter, item(ActionItemStatus.OPEN, null, null), item(ActionItemStatus.BLOCKED, null, null)))
			.extracting("kept", "due")
			.containsExactly(0, 2);
	}

	@Test
	void shouldKeepAnItemDoneOnItsDateAndMissOneDoneADayLater() {
		assertThat(partner(DUE, item(ActionItemStatus.DONE, DUE, null))).extracting("kept", "due")
			.containsExactly(1, 1);
		assertThat(partner(DUE.plusDays(5), item(ActionItemStatus.DONE, DUE.plusDays(1), null)))
			.extracting("kept", "due")
			.containsExactly(0, 1);
	}

	@Test
	void shouldCountAnItemDoneEarlyAtOnce() {
		assertThat(partner(DUE.minusDays(20), item(ActionItemStatus.DONE, DUE.minusDays(21), null)).percent())
			.isEqualTo(100);
	}

	@Test
	void shouldLeaveOutAnItemDroppedByItsDateAndCountOneDroppedAfterIt() {
		assertThat(partner(DUE.plusDays(30), item(ActionItemStatus.CLOSED, null, DUE))).extracting("kept", "due")
			.containsExactly(0, 0);
		assertThat(partner(DUE.plusDays(30), item(ActionItemStatus.CLOSED, null, DUE.plusDays(1))))
			.extracting("kept", "due")
			.containsExactly(0, 1);
	}

	@Test
	void shouldKeepTheSidesApartAndRoundThePercent() {
		List<Commitment> items = List.of(item(ActionItemStatus.DONE, DUE, null), item(ActionItemStatus.DONE, DUE, null),
				item(ActionItemStatus.OPEN, null, null),
				new Commitment(Side.BUYER, DUE, ActionItemStatus.OPEN, null, null));
		var bySide = CommitmentReliability.of(items, DUE.plusDays(1));
		assertThat(bySide.get(Side.PROVIDER).percent()).isEqualTo(67);
		assertThat(bySide.get(Side.PROVIDER).text()).isEqualTo("2 of 3 on time (67 %)");
		assertThat(bySide.get(Side.BUYER)).extracting("kept", "due").containsExactly(0, 1);
	}

}
