package com.partnerlifecycle.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * The thresholds of the evaluation gate (configuration, {@code partnership.gate.*}).
 *
 * @param rejectBelow a gate score below this line is rejected; default 50
 * @param proceedFrom a gate score from this line on may proceed to an agreement, between the two lines is the
 * grey zone; default 70
 * @param minCompletedPilots fewer completed pilots than this extend the pilot phase; at least 1, because without
 * a completed pilot there is no gate score; default 1
 * @param maxExtensions how many times the pilot phase may be extended; once reached, a candidate still unproven is
 * rejected; default 2
 * @param complexityThreshold a joint success probability of the components below this carries a warning; 0–1,
 * default 0.5
 */
@ConfigurationProperties("partnership.gate")
public record GateProperties(@DefaultValue("50") double rejectBelow, @DefaultValue("70") double proceedFrom,
		@DefaultValue("1") int minCompletedPilots, @DefaultValue("2") int maxExtensions,
		@DefaultValue("0.5") double complexityThreshold) {

	public GateProperties {
		requireScoreLine("rejectBelow", rejectBelow);
		requireScoreLine("proceedFrom", proceedFrom);
		if (rejectBelow > proceedFrom) {
			throw new InvalidInputException("rejectBelow",
					"must not be above proceedFrom (" + proceedFrom + "), was " + rejectBelow);
		}
		if (minCompletedPilots < 1) {
			throw new InvalidInputException("minCompletedPilots", "must be at least 1, was " + minCompletedPilots);
		}
		if (maxExtensions < 0) {
			throw new InvalidInputException("maxExtensions", "must not be negative, was " + maxExtensions);
		}
		if (!(complexityThreshold >= 0 && complexityThreshold <= 1)) {
			throw new InvalidInputException("complexityThreshold",
					"must be between 0 and 1, was " + complexityThreshold);
		}
	}

	public static GateProperties defaults() {
		return new GateProperties(50, 70, 1, 2, 0.5);
	}

	private static void requireScoreLine(String field, double line) {
		if (!(line >= 0 && line <= 100)) {
			throw new InvalidInputException(field, "must be between 0 and 100, was " + line);
		}
	}

}
