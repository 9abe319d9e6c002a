package com.partnerlifecycle.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.PartnerRecordSection;

/**
 * The "evaluation" of a partner's record: the latest pass through the gate, its reasons
 * and decision.
 */
@Component
class EvaluationSection implements PartnerRecordSection {

	private final EvaluationService evaluations;

	EvaluationSection(EvaluationService evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public String name() {
		return "evaluation";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		return evaluations.latest(partnerId)
			.map(e -> new EvaluationView(e.getRound(), e.getVettingScore(), e.getPilotScoreAverage(), e.getGateScore(),
					e.getJointSuccessProbability(), e.getComplexityWarning(), e.getRecommendation(), e.getReasons(),
					e.getEnteredBy(), e.getEnteredAt(), e.getDecision(), e.getOverridden(), e.getOverrideReason(),
					e.getDecidedBy(), e.getDecidedAt(),
					evaluations.componentsOf(e.getId())
						.stream()
						.map(c -> new ComponentView(c.getName(), c.getKind(), c.getProbability()))
						.toList()));
	}

	record EvaluationView(int round, BigDecimal vettingScore, BigDecimal pilotScoreAverage, BigDecimal gateScore,
			BigDecimal jointSuccessProbability, String complexityWarning, GateDecision recommendation,
			List<String> reasons, String enteredBy, Instant enteredAt, GateDecision decision, Boolean overridden,
			String overrideReason, String decidedBy, Instant decidedAt, List<ComponentView> components) {
	}

	record ComponentView(String name, ComponentKind kind, BigDecimal probability) {
	}

}
