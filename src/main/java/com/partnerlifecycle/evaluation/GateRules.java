package com.partnerlifecycle.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.partnerlifecycle.common.BusinessRule;

/**
 * The evaluation gate: recommends proceeding, extending the pilot phase or rejecting,
 * always with the reasons.
 * <ul>
 * <li>Gate score = 0.7 × average score of the completed pilots + 0.3 × vetting
 * score.</li>
 * <li>REJECT when completed pilots exist and none met at least half of its criteria, when
 * the mutual-benefit statement lacks either side's benefits, or when the gate score is
 * below the reject line.</li>
 * <li>Otherwise EXTEND_PILOTS when too few pilots completed or the gate score is in the
 * grey zone, while extensions remain; once they are used up, REJECT as still
 * unproven.</li>
 * <li>Otherwise PROCEED.</li>
 * </ul>
 * The joint success probability of the components is their product; below the threshold
 * it adds a warning that does not change the recommendation.
 */
@BusinessRule
public final class GateRules {

	private final GateProperties properties;

	public GateRules(GateProperties properties) {
		this.properties = Objects.requireNonNull(properties, "properties");
	}

	public GateOutcome recommend(GateInput input) {
		List<PilotEvidence> pilots = input.completedPilots();
		Double pilotAverage = pilots.isEmpty() ? null : pilotScoreAverage(pilots);
		Double gateScore = pilots.isEmpty() ? null : gateScore(pilots, input.vettingScore());
		BigDecimal jointProbability = jointSuccessProbability(input.components());
		String warning = complexityWarning(jointProbability, input.components());

		Verdict verdict = decide(input, gateScore);
		List<String> reasons = new ArrayList<>(verdict.reasons());
		if (!warning.isEmpty()) {
			reasons.add(warning);
		}
		return new GateOutcome(verdict.decision(), gateScore, pilotAverage, input.vettingScore(),
				jointProbability.setScale(3, RoundingMode.HALF_UP).doubleValue(), !warning.isEmpty(), warning, reasons);
	}

	private record Verdict(GateDecision decision, List<String> reasons) {
	}

	private Verdict decide(GateInput input, Double gateScore) {
		List<String> rejectReasons = rejectReasons(input, gateScore);
		if (!rejectReasons.isEmpty()) {
			return new Verdict(GateDecision.REJECT, rejectReasons);
		}
		List<String> unprovenReasons = unprovenReasons(input.completedPilots().size(), gateScore);
		if (unprovenReasons.isEmpty()) {
			return new Verdict(GateDecision.PROCEED, proceedReasons(input.completedPilots(), gateScore));
		}
		int extensions = input.extensionsSoFar();
		int maxExtensions = properties.maxExtensions();
		if (extensions < maxExtensions) {
			unprovenReasons.add(
					"Pilot phase extended %d of at most %s so far".formatted(extensions, count(maxExtensions, "time")));
			return new Verdict(GateDecision.EXTEND_PILOTS, unprovenReasons);
		}
		unprovenReasons.add("Pilot phase already extended %s (the maximum is %d): still unproven"
			.formatted(count(extensions, "time"), maxExtensions));
		return new Verdict(GateDecision.REJECT, unprovenReasons);
	}

	private List<String> rejectReasons(GateInput input, Double gateScore) {
		List<String> reasons = new ArrayList<>();
		List<PilotEvidence> pilots = input.completedPilots();
		// without a completed pilot there is no evidence either way: the minimum-pilots
		// rule decides
		if (!pilots.isEmpty() && pilots.stream().noneMatch(PilotEvidence::metAtLeastHalf)) {
			reasons.add("No completed pilot met at least half of its success criteria");
		}
		if (!input.buyerBenefitsStated()) {
			reasons.add("The mutual-benefit statement lacks the buyer's benefits");
		}
		if (!input.providerBenefitsStated()) {
			reasons.add("The mutual-benefit statement lacks the provider's benefits");
		}
		if (gateScore != null && gateScore < properties.rejectBelow()) {
			reasons.add("Gate score %s is below the reject line of %s".formatted(oneDecimal(gateScore),
					plain(properties.rejectBelow())));
		}
		return reasons;
	}

	private List<String> unprovenReasons(int completedPilots, Double gateScore) {
		List<String> reasons = new ArrayList<>();
		if (completedPilots < properties.minCompletedPilots()) {
			reasons.add("Only %d of the required %d pilots completed".formatted(completedPilots,
					properties.minCompletedPilots()));
		}
		if (gateScore != null && gateScore < properties.proceedFrom()) {
			reasons.add("Gate score %s is in the grey zone (%s–%s)".formatted(oneDecimal(gateScore),
					plain(properties.rejectBelow()), plain(properties.proceedFrom())));
		}
		return reasons;
	}

	private List<String> proceedReasons(List<PilotEvidence> pilots, double gateScore) {
		long metHalf = pilots.stream().filter(PilotEvidence::metAtLeastHalf).count();
		return List.of(
				"Gate score %s reaches the proceed line of %s".formatted(oneDecimal(gateScore),
						plain(properties.proceedFrom())),
				"%s completed, at least %d required".formatted(count(pilots.size(), "pilot"),
						properties.minCompletedPilots()),
				"%d of %d completed pilots met at least half of their success criteria".formatted(metHalf,
						pilots.size()),
				"The mutual-benefit statement states both the buyer's and the provider's benefits");
	}

	private static double pilotScoreAverage(List<PilotEvidence> pilots) {
		return scoreSum(pilots).divide(BigDecimal.valueOf(pilots.size()), 1, RoundingMode.HALF_UP).doubleValue();
	}

	private static double gateScore(List<PilotEvidence> pilots, double vettingScore) {
		// 0.7 × sum / n + 0.3 × vetting as the exact fraction (7 × sum + 3 × n × vetting)
		// / 10n, rounded once
		int n = pilots.size();
		BigDecimal numerator = scoreSum(pilots).multiply(BigDecimal.valueOf(7))
			.add(BigDecimal.valueOf(vettingScore).multiply(BigDecimal.valueOf(3L * n)));
		return numerator.divide(BigDecimal.valueOf(10L * n), 1, RoundingMode.HALF_UP).doubleValue();
	}

	private static BigDecimal scoreSum(List<PilotEvidence> pilots) {
		// BigDecimal.valueOf keeps a score such as 70.5 exact, as written
		return pilots.stream().map(pilot -> BigDecimal.valueOf(pilot.score())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal jointSuccessProbability(List<Component> components) {
		// the product, not the sum: every component has to succeed for the partnership to
		// succeed
		return components.stream()
			.map(component -> BigDecimal.valueOf(component.probability()))
			.reduce(BigDecimal.ONE, BigDecimal::multiply);
	}

	private String complexityWarning(BigDecimal jointProbability, List<Component> components) {
		BigDecimal threshold = BigDecimal.valueOf(properties.complexityThreshold());
		// the exact product decides: 0.4999 is below 0.5 although it rounds to 0.500
		if (jointProbability.compareTo(threshold) >= 0) {
			return "";
		}
		BigDecimal shown = jointProbability.setScale(3, RoundingMode.HALF_UP);
		if (shown.compareTo(threshold) >= 0) {
			// 3 decimals would show the threshold itself, which does not read as "below"
			shown = jointProbability;
		}
		return "Joint success probability %s (product of %s) is below %s; weakest: %s. The reviewer must acknowledge this warning."
			.formatted(plain(shown), count(components.size(), "component"), plain(properties.complexityThreshold()),
					weakest(components));
	}

	private static String weakest(List<Component> components) {
		double lowest = components.stream().mapToDouble(Component::probability).min().orElseThrow();
		return components.stream()
			.filter(component -> component.probability() == lowest)
			.map(component -> "%s (%s)".formatted(component.name(), plain(component.probability())))
			.collect(Collectors.joining(", "));
	}

	/** 64.0 stays "64.0": a score always shows its decimal. */
	private static String oneDecimal(double score) {
		return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** A configured line or probability as written: 50.0 shows as "50", 0.60 as "0.6". */
	private static String plain(double value) {
		return plain(BigDecimal.valueOf(value));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String count(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

}
