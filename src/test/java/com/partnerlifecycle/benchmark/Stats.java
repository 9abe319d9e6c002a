package com.partnerlifecycle.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A figure's measurements: the median of the rounds with min and max, or percentiles of
 * latency samples.
 */
final class Stats {

	private final List<Double> values = new ArrayList<>();

	void add(double value) {
		values.add(value);
	}

	List<Double> values() {
		return List.copyOf(values);
	}

	int count() {
		return values.size();
	}

	double median() {
		return percentile(50);
	}

	double min() {
		return sorted().get(0);
	}

	double max() {
		return sorted().get(values.size() - 1);
	}

	/** Nearest-rank percentile. */
	double percentile(double p) {
		List<Double> sorted = sorted();
		if (p == 50 && sorted.size() % 2 == 0) {
			return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	private List<Double> sorted() {
		if (values.isEmpty()) {
			throw new IllegalStateException("no measurements");
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted;
	}

}
