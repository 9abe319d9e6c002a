package com.partnerlifecycle.pilot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;

/** "Plan the pilot projects": the candidate's first pilots and what each side expects to gain. */
@Component("planPilotsForm")
class PlanPilotsForm extends FormTaskListener {

	private final PartnerService partners;

	private final PilotService pilots;

	private final PilotPlanForms planForms;

	PlanPilotsForm(PartnerService partners, PilotService pilots, PilotPlanForms planForms) {
		this.partners = partners;
		this.pilots = pilots;
		this.planForms = planForms;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Partner partner = partners.get(task.getExecution().getProcessBusinessKey());
		FormContext.of(task)
			.put("partnerDescription", partner.getDescription() == null ? "" : partner.getDescription())
			.put("plannedPilotCount", partner.getPlannedPilots() == null ? 1 : partner.getPlannedPilots());
	}

	@Override
	protected void submit(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		FormInput input = FormInput.of(task);
		var planned = planForms.read(input);
		String buyerBenefits = input.text("buyerBenefits", 4000);
		String providerBenefits = input.text("providerBenefits", 4000);
		pilots.plan(partnerId, 0, planned);
		partners.recordExpectedBenefits(partnerId, buyerBenefits, providerBenefits);
		input.consume();
	}

}
