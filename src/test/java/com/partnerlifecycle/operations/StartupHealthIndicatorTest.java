package com.partnerlifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import com.partnerlifecycle.common.StartupWork;

/**
 * Until the start-up work is complete the node is not ready, and says what it is still
 * doing.
 */
class StartupHealthIndicatorTest {

	@Test
	void shouldBeDownWhileTheRunnersRunWithNothingPendingYet() {
		Health health = new StartupHealthIndicator(new StartupWork()).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("pending", List.of(StartupHealthIndicator.RUNNERS));
	}

	@Test
	void shouldNameThePendingWorkAsCallersAreTold() {
		StartupWork work = new StartupWork();
		work.begin("demo data is being prepared", "the demo partners are being prepared");

		Health health = new StartupHealthIndicator(work).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("pending", List.of("demo data is being prepared"));
	}

}
