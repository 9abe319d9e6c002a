package com.partnerlifecycle.operations;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.Stage;

/**
 * The product's own meters, next to the JVM, HTTP, connection pool and executor meters
 * Spring Boot registers: what an operator watches to see that reminders go out, jobs run,
 * nobody's work piles up and no review or commitment is forgotten (docs/operations.md
 * "The product's metrics"). Bound by Spring Boot to every registry, so they are in the
 * Prometheus scrape as {@code partnership_*}.
 * <p>
 * Every tag has a fixed set of values, all registered at start (a count of nothing shows
 * 0, not a missing series): no partner id, user or review ever becomes a label. The
 * gauges read one cached round of counts ({@link ProductReadings}, at most 15 s old); the
 * stage counter counts on this node ({@link StageTransitionCount}).
 */
@Component
class ProductMetrics implements MeterBinder {

	private final ProductReadings readings;

	private final StageTransitionCount transitions;

	ProductMetrics(ProductReadings readings, StageTransitionCount transitions) {
		this.readings = readings;
		this.transitions = transitions;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : ProductReadings.REMINDER_STATUSES) {
			gauge(registry, "partnership.reminders",
					"Reminders by status; may_have_been_sent: SENDING for longer than " + "the job lock time",
					r -> r.current().reminders(status), "status", status);
		}
		for (String type : ProductReadings.INCIDENT_TYPES) {
			gauge(registry, "partnership.incidents.open", "Open incidents by type, each once (not per calling process)",
					r -> r.current().incidents(type), "type", type);
		}
		String jobs = "Jobs due (waiting for a job executor thread) and locked (held by a node, lock not expired)";
		gauge(registry, "partnership.jobs", jobs, r -> r.current().jobsDue(), "state", "due");
		gauge(registry, "partnership.jobs", jobs, r -> r.current().jobsLocked(), "state", "locked");
		for (String group : ProductReadings.TASK_GROUPS) {
			gauge(registry, "partnership.tasks.open", "Open tasks by candidate group; every partner's group as partner",
					r -> r.current().tasks(group), "group", group);
		}
		gauge(registry, "partnership.reviews.overdue", "Business reviews without a decision after overdue-after",
				r -> r.current().reviewsOverdue());
		gauge(registry, "partnership.action-items.overdue", "Action items open or blocked after their due date",
				r -> r.current().actionItemsOverdue());
		for (Stage stage : Stage.values()) {
			FunctionCounter.builder("partnership.stage.transitions", transitions, t -> t.entered(stage))
				.description("Partners that entered a stage, on this node since it started")
				.tag("stage", stage.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

	private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ProductReadings> value,
			String... tags) {
		Gauge.builder(name, readings, value)
			.description(description)
			.tags(tags)
			.strongReference(true)
			.register(registry);
	}

}
