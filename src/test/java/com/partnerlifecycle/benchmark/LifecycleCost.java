package com.partnerlifecycle.benchmark;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Issue 8.2: N complete lifecycles through the product's services against N through the
 * bare engine on the twin, in the same JVM on the same engine and database, one after the
 * other within each round (product, then twin), after a warm-up round of each. Reported:
 * lifecycles/s of each (median of the rounds, min, max) and the ratio of the product's
 * time to the twin's, per round.
 */
final class LifecycleCost {

	/**
	 * cpuRatio: the product's CPU time over the twin's, of the thread driving them (with
	 * H2 embedded, the database's work too): a check on the wall-clock ratio when the
	 * machine is shared.
	 */
	record Result(Stats product, Stats twin, Stats ratio, Stats cpuRatio, int lifecyclesRun) {
	}

	private LifecycleCost() {
	}

	static Result run(InProcessApp app, Size size, GreenMail smtp) throws Exception {
		LifecycleDrivers.Driver product = new LifecycleDrivers.Product(app.context);
		LifecycleDrivers.Driver twin = new LifecycleDrivers.Twin(app.context);
		round(product, size.lifecycles(), 0);
		round(twin, size.lifecycles(), 0);
		smtp.purgeEmailFromAllMailboxes();
		Stats productRate = new Stats();
		Stats twinRate = new Stats();
		Stats ratio = new Stats();
		Stats cpuRatio = new Stats();
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		int run = 0;
		for (int r = 1; r <= size.rounds(); r++) {
			long cpu = threads.getCurrentThreadCpuTime();
			double productSeconds = round(product, size.lifecycles(), r * 100_000);
			long productCpu = threads.getCurrentThreadCpuTime() - cpu;
			cpu = threads.getCurrentThreadCpuTime();
			double twinSeconds = round(twin, size.lifecycles(), r * 100_000);
			cpuRatio.add((double) productCpu / (threads.getCurrentThreadCpuTime() - cpu));
			productRate.add(size.lifecycles() / productSeconds);
			twinRate.add(size.lifecycles() / twinSeconds);
			ratio.add(productSeconds / twinSeconds);
			run += 2 * size.lifecycles();
			smtp.purgeEmailFromAllMailboxes();
		}
		return new Result(productRate, twinRate, ratio, cpuRatio, run);
	}

	/**
	 * Seconds for n whole lifecycles; each must end dissolved (checked after the clock
	 * stops).
	 */
	private static double round(LifecycleDrivers.Driver driver, int n, int firstNumber) {
		List<String> keys = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			keys.add(driver.run(firstNumber + i));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		for (String key : keys) {
			if (!driver.dissolved(key)) {
				throw new IllegalStateException("Lifecycle " + key + " did not end dissolved");
			}
		}
		return seconds;
	}

}
