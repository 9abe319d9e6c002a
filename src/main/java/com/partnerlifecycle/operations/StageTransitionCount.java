package com.partnerlifecycle.operations;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.partner.StageChanged;

/**
 * Stages entered on this node since it started, by stage: the counter behind
 * {@code partnership.stage.transitions}. Counted once the transaction that moved the
 * partner committed, so a lifecycle step that rolled back (and is retried) counts once,
 * not once per attempt.
 */
@Component
class StageTransitionCount {

	private final Map<Stage, LongAdder> entered = new EnumMap<>(Stage.class);

	StageTransitionCount() {
		for (Stage stage : Stage.values()) {
			entered.put(stage, new LongAdder());
		}
	}

	// fallbackExecution: a move outside any transaction (none today) still counts
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void stageChanged(StageChanged changed) {
		entered.get(changed.to()).increment();
	}

	long entered(Stage stage) {
		return entered.get(stage).sum();
	}

}
