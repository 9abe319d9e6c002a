package com.partnerlifecycle.evaluation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.evaluation.EvaluationService.GateApproval;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.pilot.PilotService;

/**
 * "Decide at the evaluation gate": shows the recommendation with its reasons; on completion applies the
 * four-eyes rule (refused for the evaluation's author and without a logged-in user) and records the decision.
 */
@Component("decideGateForm")
class DecideGateForm extends FormTaskListener {

	private final EvaluationService evaluations;

	private final PilotService pilots;

	DecideGateForm(EvaluationService evaluations, PilotService pilots) {
		this.evaluations = evaluations;
		this.pilots = pilots;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Evaluation evaluation = evaluations.get(EvaluationVariables.evaluationId(task));
		FormContext.of(task)
			.put("gateReasons", evaluation.getReasons().stream().map(reason -> Map.of("reason", reason)).toList())
			.put("gateScore", number(evaluation.getGateScore()))
			.put("pilotScoreAverage", number(evaluation.getPilotScoreAverage()))
			.put("vettingScore", number(evaluation.getVettingScore()))
			.put("jointSuccessProbability", number(evaluation.getJointSuccessProbability()))
			.put("complexityWarning", evaluation.getComplexityWarning() == null ? "" : evaluation.getComplexityWarning())
			.put("pilotSummary", pilots.summary(evaluation.getPartnerId()))
			.put("evaluationEnteredBy", evaluation.getEnteredBy());
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		GateApproval approval = input.choice("gateApproval", GateApproval.class);
		GateDecision overrideDecision = approval == GateApproval.OVERRIDE
				? input.choice("overrideDecision", GateDecision.class) : null;
		String overrideReason = input.optionalText("overrideReason", 4000);
		input.isPresent("overrideDecision");
		GateDecision decision = evaluations.decide(EvaluationVariables.evaluationId(task), approval, overrideDecision,
				overrideReason, input.flag("complexityAcknowledged"));
		input.consume();
		task.getExecution().setVariable(LifecycleProcess.GATE_DECISION, decision.name());
	}

	private static Double number(java.math.BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

}
