package com.partnerlifecycle.operations;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.StartupWork;

/**
 * {@code startup}: UP once the start-up work is complete ({@link StartupWork}: every
 * runner has run and, on the demo profile, the demo is prepared); DOWN before, with the
 * work still pending as an API caller would be told it.
 */
@Component
class StartupHealthIndicator implements HealthIndicator {

	static final String RUNNERS = "the start-up runners are running";

	private final StartupWork work;

	StartupHealthIndicator(StartupWork work) {
		this.work = work;
	}

	@Override
	public Health health() {
		if (work.isComplete()) {
			return Health.up().build();
		}
		List<String> pending = work.pending().stream().map(StartupWork.Piece::forCallers).toList();
		// before ApplicationReadyEvent nothing may be pending yet, and still the runners
		// are not done
		return Health.down().withDetail("pending", pending.isEmpty() ? List.of(RUNNERS) : pending).build();
	}

}
