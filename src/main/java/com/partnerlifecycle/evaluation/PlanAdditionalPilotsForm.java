package com.partnerlifecycle.evaluation;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.pilot.PilotPlanForms;
import com.partnerlifecycle.pilot.PilotPlanForms.PilotRow;
import com.partnerlifecycle.pilot.PilotService;

/**
 * "Plan additional pilots": the gate extended the pilot phase; plan the next round,
 * counted against the maximum.
 */
@Component("planAdditionalPilotsForm")
class PlanAdditionalPilotsForm extends FormTaskListener<PlanAdditionalPilotsForm.AdditionalPilots> {

	/** Form {@code plan-additional-pilots}. */
	record AdditionalPilots(@Valid List<PilotRow> pilots) {
	}

	private final PartnerService partners;

	private final PilotService pilots;

	private final EvaluationService evaluations;

	PlanAdditionalPilotsForm(PartnerService partners, PilotService pilots, EvaluationService evaluations) {
		super("plan-additional-pilots", AdditionalPilots.class);
		this.partners = partners;
		this.pilots = pilots;
		this.evaluations = evaluations;
	}

	@Override
	protected void prepare(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		Partner partner = partners.get(partnerId);
		Evaluation evaluation = evaluations.current(partnerId);
		FormContext.of(task)
			.put("extensionRound", partner.getPilotExtensions() + 1)
			.put("maxExtensions", evaluations.gate().maxExtensions())
			.put("gateReasons", evaluation.getReasons().stream().map(reason -> Map.of("reason", reason)).toList())
			.put("pilotSummary", pilots.summary(partnerId));
	}

	/** The plan's rules before anything runs: a refusal is the form's answer. */
	@Override
	protected void check(DelegateTask task, AdditionalPilots form) {
		pilots.checkPlan(PilotPlanForms.planned(form.pilots()));
	}

	@Override
	protected void submit(DelegateTask task, AdditionalPilots form) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		Partner partner = partners.get(partnerId);
		pilots.plan(partnerId, partner.getPilotExtensions() + 1, PilotPlanForms.planned(form.pilots()));
		partners.countPilotExtension(partnerId);
	}

}
