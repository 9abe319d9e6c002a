package com.partnerlifecycle.pilot;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.pilot.PilotPlanForms.PilotRow;

/**
 * "Plan the pilot projects": the candidate's first pilots and what each side expects to
 * gain.
 */
@Component("planPilotsForm")
class PlanPilotsForm extends FormTaskListener<PlanPilotsForm.PilotPlan> {

	/** Form {@code plan-pilots}. */
	record PilotPlan(@Valid List<PilotRow> pilots, @NotBlank @Size(max = 4000) String buyerBenefits,
			@NotBlank @Size(max = 4000) String providerBenefits) {
	}

	private final PartnerService partners;

	private final PilotService pilots;

	PlanPilotsForm(PartnerService partners, PilotService pilots) {
		super("plan-pilots", PilotPlan.class);
		this.partners = partners;
		this.pilots = pilots;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Partner partner = partners.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("partnerDescription", partner.getDescription() == null ? "" : partner.getDescription())
			.put("plannedPilotCount", partner.getPlannedPilots() == null ? 1 : partner.getPlannedPilots());
	}

	/** The plan's rules before anything runs: a refusal is the form's answer. */
	@Override
	protected void check(DelegateTask task, PilotPlan form) {
		pilots.checkPlan(PilotPlanForms.planned(form.pilots()));
	}

	@Override
	protected void submit(DelegateTask task, PilotPlan form) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		pilots.plan(partnerId, 0, PilotPlanForms.planned(form.pilots()));
		partners.recordExpectedBenefits(partnerId, form.buyerBenefits(), form.providerBenefits());
	}

}
