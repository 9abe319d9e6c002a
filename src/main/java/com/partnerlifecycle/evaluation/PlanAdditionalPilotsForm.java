package com.partnerlifecycle.evaluation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.pilot.PilotPlanForms;
import com.partnerlifecycle.pilot.PilotService;

/** "Plan additional pilots": the gate extended the pilot phase; plan the next round, counted against the maximum. */
@Component("planAdditionalPilotsForm")
class PlanAdditionalPilotsForm extends FormTaskListener {

	private final PartnerService partners;

	private final PilotService pilots;

	private final PilotPlanForms planForms;

	private final EvaluationService evaluations;

	PlanAdditionalPilotsForm(PartnerService partners, PilotService pilots, PilotPlanForms planForms,
			EvaluationService evaluations) {
		this.partners = partners;
		this.pilots = pilots;
		this.planForms = planForms;
		this.evaluations = evaluations;
	}

	@Override
	protected void prepare(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		Partner partner = partners.get(partnerId);
		Evaluation evaluation = evaluations.get(EvaluationVariables.evaluationId(task));
		FormContext.of(task)
			.put("extensionRound", partner.getPilotExtensions() + 1)
			.put("maxExtensions", evaluations.gate().maxExtensions())
			.put("gateReasons", evaluation.getReasons().stream().map(reason -> Map.of("reason", reason)).toList())
			.put("pilotSummary", pilots.summary(partnerId));
	}

	@Override
	protected void submit(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		FormInput input = FormInput.of(task);
		var planned = planForms.read(input);
		Partner partner = partners.get(partnerId);
		pilots.plan(partnerId, partner.getPilotExtensions() + 1, planned);
		partners.countPilotExtension(partnerId);
		input.consume();
	}

}
