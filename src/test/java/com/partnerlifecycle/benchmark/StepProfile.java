package com.partnerlifecycle.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.demo.ProcessDriver;

/**
 * Issue 25.2: where a lifecycle's time and SQL statements go, step by step, for the
 * product and for its twin driven the same way. A step is a task completed (its form
 * submitted) or the due jobs executed after it (async steps and timers); what the drivers
 * do outside the process driver (registering the partner, requesting the termination) is
 * "the rest".
 */
final class StepProfile {

	/** One kind of step: statements and milliseconds summed over its occurrences. */
	static final class Step {

		long statements;

		double ms;

		int count;

	}

	/** The process driver that counts what each step costs. */
	static final class CountingDriver extends ProcessDriver {

		final Map<String, Step> steps = new LinkedHashMap<>();

		private final StatementCounter counter;

		private String last = "start";

		CountingDriver(ApplicationContext context, StatementCounter counter) {
			super(context.getBean(TaskService.class), context.getBean(FormService.class),
					context.getBean(IdentityService.class), context.getBean(RuntimeService.class),
					context.getBean(ManagementService.class));
			this.counter = counter;
		}

		@Override
		public void complete(Task task, String userId, Map<String, Object> formValues) {
			last = task.getName();
			measure("«" + last + "» completed", () -> {
				super.complete(task, userId, formValues);
				return null;
			});
		}

		@Override
		public int executeDueJobs(String partnerId) {
			return measure("jobs due after «" + last + "»", () -> super.executeDueJobs(partnerId));
		}

		private <T> T measure(String name, Supplier<T> step) {
			long statements = counter.total();
			long start = System.nanoTime();
			T result = step.get();
			double ms = (System.nanoTime() - start) / 1e6;
			long sent = counter.total() - statements;
			if (sent > 0 || !name.startsWith("jobs")) {
				Step total = steps.computeIfAbsent(name, n -> new Step());
				total.statements += sent;
				total.ms += ms;
				total.count++;
			}
			return result;
		}

	}

	/**
	 * The steps of n lifecycles of each, the statements of the whole lifecycles, and the
	 * statements the product sent more often than the twin, most first: per lifecycle,
	 * product and twin.
	 */
	record Result(Map<String, Step> product, Map<String, Step> twin, long productTotal, long twinTotal, int n,
			List<Map.Entry<String, double[]>> aboveTwin) {
	}

	private StepProfile() {
	}

	static Result run(InProcessApp app, int n) {
		StatementCounter counter = app.statements;
		CountingDriver productDriver = new CountingDriver(app.context, counter);
		CountingDriver twinDriver = new CountingDriver(app.context, counter);
		LifecycleDrivers.Driver product = new LifecycleDrivers.Product(app.context, productDriver);
		LifecycleDrivers.Driver twin = new LifecycleDrivers.Twin(app.context, twinDriver);
		counter.counting(true);
		try {
			Map<String, Long> start = counter.snapshot();
			long before = counter.total();
			for (int i = 0; i < n; i++) {
				product.run(900_000 + i);
			}
			long productTotal = counter.total() - before;
			Map<String, Long> middle = counter.snapshot();
			before = counter.total();
			for (int i = 0; i < n; i++) {
				twin.run(900_000 + i);
			}
			long twinTotal = counter.total() - before;
			return new Result(productDriver.steps, twinDriver.steps, productTotal, twinTotal, n,
					aboveTwin(sent(start, middle), sent(middle, counter.snapshot()), n, 15));
		}
		finally {
			counter.counting(false);
		}
	}

	private static Map<String, Long> sent(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> sent = new LinkedHashMap<>();
		after.forEach((sql, count) -> sent.put(sql, count - before.getOrDefault(sql, 0L)));
		return sent;
	}

	private static List<Map.Entry<String, double[]>> aboveTwin(Map<String, Long> product, Map<String, Long> twin, int n,
			int top) {
		Map<String, double[]> counts = new LinkedHashMap<>();
		product.forEach((sql, count) -> counts.put(sql,
				new double[] { (double) count / n, (double) twin.getOrDefault(sql, 0L) / n }));
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue()[0] > e.getValue()[1])
			.sorted((a, b) -> Double.compare(b.getValue()[0] - b.getValue()[1], a.getValue()[0] - a.getValue()[1]))
			.limit(top)
			.toList();
	}

}
