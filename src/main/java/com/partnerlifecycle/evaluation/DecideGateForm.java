package com.partnerlifecycle.evaluation;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.People;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.evaluation.EvaluationService.GateApproval;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.pilot.PilotService;

/**
 * "Decide at the evaluation gate": shows the recommendation with its reasons; on
 * completion applies the four-eyes rule (refused for the evaluation's author and without
 * a logged-in user) and records the decision.
 */
@Component("decideGateForm")
class DecideGateForm extends FormTaskListener<DecideGateForm.GateVerdict> {

	/** Form {@code decide-gate}. */
	record GateVerdict(@NotNull GateApproval gateApproval, GateDecision overrideDecision,
			@Size(max = 4000) String overrideReason, Boolean complexityAcknowledged) {
	}

	private final EvaluationService evaluations;

	private final PilotService pilots;

	private final People people;

	DecideGateForm(EvaluationService evaluations, PilotService pilots, People people) {
		super("decide-gate", GateVerdict.class);
		this.evaluations = evaluations;
		this.pilots = pilots;
		this.people = people;
	}

	/**
	 * The gate's rules before anything runs: the evaluation's author is refused with the
	 * reason (four eyes), and so is a decision the rules do not allow (a complexity
	 * warning not acknowledged, an override without its decision or reason, one extension
	 * too many).
	 */
	@Override
	protected void check(DelegateTask task, GateVerdict form) {
		Evaluation evaluation = evaluations.current(task.getExecution().getProcessBusinessKey());
		evaluations.checkDecision(evaluation.getId(), form.gateApproval(),
				form.gateApproval() == GateApproval.OVERRIDE ? form.overrideDecision() : null, form.overrideReason(),
				Boolean.TRUE.equals(form.complexityAcknowledged()));
	}

	@Override
	protected void prepare(DelegateTask task) {
		Evaluation evaluation = evaluations.current(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("gateReasons", evaluation.getReasons().stream().map(reason -> Map.of("reason", reason)).toList())
			.put("gateScore", number(evaluation.getGateScore()))
			.put("pilotScoreAverage", number(evaluation.getPilotScoreAverage()))
			.put("vettingScore", number(evaluation.getVettingScore()))
			.put("jointSuccessProbability", number(evaluation.getJointSuccessProbability()))
			.put("complexityWarning",
					evaluation.getComplexityWarning() == null ? "" : evaluation.getComplexityWarning())
			.put("pilotSummary", pilots.summary(evaluation.getPartnerId()))
			.put("evaluationEnteredBy", people.nameOf(evaluation.getEnteredBy()));
	}

	@Override
	protected void submit(DelegateTask task, GateVerdict form) {
		Evaluation evaluation = evaluations.current(task.getExecution().getProcessBusinessKey());
		GateDecision decision = evaluations.decide(evaluation.getId(), form.gateApproval(),
				form.gateApproval() == GateApproval.OVERRIDE ? form.overrideDecision() : null, form.overrideReason(),
				Boolean.TRUE.equals(form.complexityAcknowledged()));
		task.getExecution().setVariable(LifecycleProcess.GATE_DECISION, decision.name());
	}

	private static Double number(java.math.BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

}
