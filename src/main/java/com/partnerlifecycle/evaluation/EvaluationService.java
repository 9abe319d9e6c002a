package com.partnerlifecycle.evaluation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.pilot.Pilot;
import com.partnerlifecycle.pilot.PilotService;
import com.partnerlifecycle.pilot.PilotStatus;

/**
 * The evaluation gate: records the vetting, asks {@link GateRules} for a recommendation,
 * records the decision.
 */
@Service
public class EvaluationService {

	private final EvaluationRepository evaluations;

	private final EvaluationComponentRepository components;

	private final PartnerService partners;

	private final PilotService pilots;

	private final GateRules gateRules;

	private final GateProperties gate;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	public EvaluationService(EvaluationRepository evaluations, EvaluationComponentRepository components,
			PartnerService partners, PilotService pilots, GateProperties gate, BusinessTime time,
			CurrentUser currentUser) {
		this.evaluations = evaluations;
		this.components = components;
		this.partners = partners;
		this.pilots = pilots;
		this.gate = gate;
		this.gateRules = new GateRules(gate);
		this.time = time;
		this.currentUser = currentUser;
	}

	/**
	 * The vetting as entered; its author is the logged-in user, kept for the four-eyes
	 * rule.
	 */
	@Transactional
	public Evaluation enter(String partnerId, int successAgreed, int mutualUnderstanding, int sameTeam,
			List<Component> intendedComponents, String notes) {
		checkEntry(successAgreed, mutualUnderstanding, sameTeam, intendedComponents);
		String author = currentUser.id().orElseThrow();
		double vettingScore = VettingScoring.score(successAgreed, mutualUnderstanding, sameTeam);
		Partner partner = partners.get(partnerId);
		Evaluation evaluation = evaluations.save(new Evaluation(partnerId, partner.getPilotExtensions(), successAgreed,
				mutualUnderstanding, sameTeam, vettingScore, notes, author, time.now()));
		for (int i = 0; i < intendedComponents.size(); i++) {
			components.save(new EvaluationComponent(evaluation.getId(), i, intendedComponents.get(i)));
		}
		return evaluation;
	}

	/**
	 * The rules of an evaluation, checked before anything is stored (also by the
	 * evaluation form's handler, before its task completes): entered by a logged-in user
	 * (four eyes), the vetting answers on {@link VettingScoring}'s scale, at least one
	 * component.
	 */
	public void checkEntry(int successAgreed, int mutualUnderstanding, int sameTeam,
			List<Component> intendedComponents) {
		if (currentUser.id().isEmpty()) {
			throw new InvalidInputException("user",
					"an evaluation must be entered by a logged-in user, so that another person can approve it");
		}
		GateInput.requireComponents(intendedComponents);
		VettingScoring.score(successAgreed, mutualUnderstanding, sameTeam);
	}

	/**
	 * Applies the gate's rules to the completed pilots and the vetting; stores the
	 * outcome with its reasons.
	 */
	@Transactional
	public GateOutcome recommend(Long evaluationId) {
		Evaluation evaluation = get(evaluationId);
		Partner partner = partners.get(evaluation.getPartnerId());
		List<PilotEvidence> evidence = pilots.ofPartner(partner.getId())
			.stream()
			.filter(p -> p.getStatus() == PilotStatus.COMPLETED)
			.map(this::evidence)
			.toList();
		GateOutcome outcome = gateRules.recommend(new GateInput(evidence, evaluation.getVettingScore().doubleValue(),
				stated(partner.getBuyerBenefits()), stated(partner.getProviderBenefits()), partner.getPilotExtensions(),
				components.findByEvaluationIdOrderByPosition(evaluationId)
					.stream()
					.map(EvaluationComponent::toComponent)
					.toList()));
		evaluation.recordRecommendation(outcome);
		return outcome;
	}

	/**
	 * The four-eyes rule: the gate is decided by a logged-in user who did not enter the
	 * evaluation. Returns that user's id; checked when a decision is submitted, before
	 * the task completes, and again when it is recorded.
	 */
	public String requireFourEyes(Evaluation evaluation) {
		String reviewer = currentUser.id()
			.orElseThrow(() -> new FourEyesViolation("the gate decision needs a logged-in reviewer (four-eyes rule)"));
		if (reviewer.equals(evaluation.getEnteredBy())) {
			throw new FourEyesViolation(
					"you entered this evaluation, so another reviewer must decide the gate " + "(four-eyes rule)");
		}
		return reviewer;
	}

	/**
	 * The reviewer's decision. Four eyes: refused without a logged-in user and for the
	 * evaluation's author. An override needs a reason; a complexity warning must be
	 * acknowledged; extensions stay bounded.
	 */
	@Transactional
	public GateDecision decide(Long evaluationId, GateApproval approval, GateDecision overrideDecision,
			String overrideReason, boolean complexityAcknowledged) {
		Evaluation evaluation = get(evaluationId);
		GateDecision decision = checkDecision(evaluation, approval, overrideDecision, overrideReason,
				complexityAcknowledged);
		boolean overridden = approval == GateApproval.OVERRIDE;
		evaluation.recordDecision(decision, overridden, overridden ? overrideReason.strip() : null,
				complexityAcknowledged, requireFourEyes(evaluation), time.now());
		return decision;
	}

	/**
	 * The rules of a gate decision, checked before anything is stored (also by the gate
	 * form's handler, before its task completes, so a refusal is the form's answer and
	 * nothing runs): not decided yet, four eyes, the complexity warning acknowledged, an
	 * override with its decision and reason, extensions bounded.
	 */
	@Transactional(readOnly = true)
	public void checkDecision(Long evaluationId, GateApproval approval, GateDecision overrideDecision,
			String overrideReason, boolean complexityAcknowledged) {
		checkDecision(get(evaluationId), approval, overrideDecision, overrideReason, complexityAcknowledged);
	}

	/** The decision the rules allow: the recommendation, or the override. */
	private GateDecision checkDecision(Evaluation evaluation, GateApproval approval, GateDecision overrideDecision,
			String overrideReason, boolean complexityAcknowledged) {
		if (evaluation.getDecision() != null) {
			throw new ConflictException("gateApproval", "this evaluation was decided by " + evaluation.getDecidedBy());
		}
		requireFourEyes(evaluation);
		if (evaluation.getComplexityWarning() != null && !complexityAcknowledged) {
			throw new InvalidInputException("complexityAcknowledged",
					"acknowledge the complexity warning before deciding");
		}
		GateDecision decision = evaluation.getRecommendation();
		boolean overridden = approval == GateApproval.OVERRIDE;
		if (overridden) {
			if (overrideDecision == null) {
				throw new InvalidInputException("overrideDecision",
						"choose the decision that replaces the recommendation");
			}
			if (overrideReason == null || overrideReason.isBlank()) {
				throw new InvalidInputException("overrideReason", "an override needs a written reason");
			}
			decision = overrideDecision;
		}
		if (decision == GateDecision.EXTEND_PILOTS
				&& partners.get(evaluation.getPartnerId()).getPilotExtensions() >= gate.maxExtensions()) {
			throw new InvalidInputException(overridden ? "overrideDecision" : "gateApproval",
					"the pilot phase has already been extended " + gate.maxExtensions()
							+ " times, the maximum: proceed or reject");
		}
		return decision;
	}

	@Transactional(readOnly = true)
	public Evaluation get(Long evaluationId) {
		return evaluations.findById(evaluationId).orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
	}

	/**
	 * The evaluation of the partner's current gate pass: found from the lifecycle's
	 * business key.
	 */
	@Transactional(readOnly = true)
	public Evaluation current(String partnerId) {
		return latest(partnerId)
			.orElseThrow(() -> new IllegalStateException("No evaluation has been entered for partner " + partnerId));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Evaluation> latest(String partnerId) {
		return evaluations.findFirstByPartnerIdOrderByRoundDescIdDesc(partnerId);
	}

	@Transactional(readOnly = true)
	public List<EvaluationComponent> componentsOf(Long evaluationId) {
		return components.findByEvaluationIdOrderByPosition(evaluationId);
	}

	public GateProperties gate() {
		return gate;
	}

	private PilotEvidence evidence(Pilot pilot) {
		return new PilotEvidence(pilot.getTitle(), pilot.getScore().doubleValue(), pilot.getCriteriaMet(),
				pilots.criteriaOf(pilot.getId()).size());
	}

	private static boolean stated(String benefits) {
		return benefits != null && !benefits.isBlank();
	}

	/** What the reviewer does with the recommendation. */
	public enum GateApproval {

		APPROVE, OVERRIDE

	}

}
