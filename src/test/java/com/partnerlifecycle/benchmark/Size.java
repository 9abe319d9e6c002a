package com.partnerlifecycle.benchmark;

/**
 * How big the benchmark runs: {@code -Dbenchmark.size=full} for the figures in
 * docs/benchmarks.md, {@code tiny} (the default, in every {@code mvn verify}) to prove in
 * seconds that every row of the table is still produced. Each figure is measured in
 * {@code rounds} after a warm-up round; single figures can be overridden to investigate
 * one scenario, e.g. {@code -Dbenchmark.lifecycles=100}.
 */
record Size(String name, int lifecycles, int partners, int liveLifecycles, int burst, int burstWarmUp, int burstRounds,
		int latencySamples, int latencyWarmUp, int rounds, int starts, int userActionLifecycles,
		int userActionLifecyclesPostgres) {

	static final Size TINY = new Size("tiny", 1, 600, 60, 30, 10, 1, 20, 10, 2, 0, 1, 1);

	/**
	 * A burst of 10,000 drains in minutes on a shared 2-core machine: one round per setup
	 * keeps the run near 20 min.
	 */
	static final Size FULL = new Size("full", 20, 100_000, 10_000, 10_000, 1_000, 1, 300, 300, 3, 2, 20, 2);

	static Size fromSystemProperty() {
		String name = System.getProperty("benchmark.size", "tiny");
		Size size = switch (name) {
			case "tiny" -> TINY;
			case "full" -> FULL;
			default -> throw new IllegalArgumentException("benchmark.size is tiny or full, not " + name);
		};
		return new Size(size.name, Integer.getInteger("benchmark.lifecycles", size.lifecycles),
				Integer.getInteger("benchmark.partners", size.partners),
				Integer.getInteger("benchmark.liveLifecycles", size.liveLifecycles),
				Integer.getInteger("benchmark.burst", size.burst),
				Integer.getInteger("benchmark.burstWarmUp", size.burstWarmUp),
				Integer.getInteger("benchmark.burstRounds", size.burstRounds),
				Integer.getInteger("benchmark.latencySamples", size.latencySamples),
				Integer.getInteger("benchmark.latencyWarmUp", size.latencyWarmUp),
				Integer.getInteger("benchmark.rounds", size.rounds),
				Integer.getInteger("benchmark.starts", size.starts),
				Integer.getInteger("benchmark.userActionLifecycles", size.userActionLifecycles),
				Integer.getInteger("benchmark.userActionLifecyclesPostgres", size.userActionLifecyclesPostgres));
	}

	boolean full() {
		return name.equals("full");
	}

	String describe() {
		return String
			.format("%s: %d lifecycles of each kind per round; %,d partners, %,d live lifecycles; %d burst(s) of %,d reminders "
					+ "per setup after a warm-up burst of %,d; %d requests per endpoint and round (warm-up %d); %d rounds "
					+ "after a warm-up round; %d measured start(s) after a first one; %d lifecycles through Tasklist's "
					+ "calls after a warm-up one (%d on PostgreSQL, where each reload of Tasklist's list takes seconds)",
					name, lifecycles, partners, liveLifecycles, burstRounds, burst, burstWarmUp, latencySamples,
					latencyWarmUp, rounds, starts, userActionLifecycles, userActionLifecyclesPostgres);
	}

}
