package com.partnerlifecycle.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.pilot.PilotService;

/** "Enter the evaluation": the vetting questionnaire and the components of the intended partnership. */
@Component("enterEvaluationForm")
class EnterEvaluationForm extends FormTaskListener {

	static final String COMPONENTS = "components";

	private final EvaluationService evaluations;

	private final PartnerService partners;

	private final PilotService pilots;

	EnterEvaluationForm(EvaluationService evaluations, PartnerService partners, PilotService pilots) {
		this.evaluations = evaluations;
		this.partners = partners;
		this.pilots = pilots;
	}

	@Override
	protected void prepare(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		Partner partner = partners.get(partnerId);
		FormContext.of(task)
			.put("pilotSummary", pilots.summary(partnerId))
			.put("buyerBenefits", orDash(partner.getBuyerBenefits()))
			.put("providerBenefits", orDash(partner.getProviderBenefits()));
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		int successAgreed = input.wholeNumber("vettingSuccessAgreed", 1, 5);
		int mutualUnderstanding = input.wholeNumber("vettingMutualUnderstanding", 1, 5);
		int sameTeam = input.wholeNumber("vettingSameTeam", 1, 5);
		List<com.partnerlifecycle.evaluation.Component> components = readComponents(input);
		String notes = input.optionalText("evaluationNotes", 4000);
		Evaluation evaluation = evaluations.enter(task.getExecution().getProcessBusinessKey(), successAgreed,
				mutualUnderstanding, sameTeam, components, notes);
		input.consume();
		task.getExecution().setVariable(EvaluationVariables.EVALUATION_ID, evaluation.getId());
	}

	private static List<com.partnerlifecycle.evaluation.Component> readComponents(FormInput input) {
		List<com.partnerlifecycle.evaluation.Component> components = new ArrayList<>();
		List<Map<String, Object>> rows = input.list(COMPONENTS);
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			String prefix = COMPONENTS + "[" + (i + 1) + "].";
			String name = FormInput.text(prefix + "name", row.get("name"), 200);
			String kind = FormInput.text(prefix + "kind", row.get("kind"), 20);
			ComponentKind componentKind;
			try {
				componentKind = ComponentKind.valueOf(kind);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException(prefix + "kind",
						"must be one of " + List.of(ComponentKind.values()) + ", was '" + kind + "'");
			}
			double probability = FormInput.decimal(prefix + "probability", row.get("probability"), 0, 1);
			components.add(new com.partnerlifecycle.evaluation.Component(name, componentKind, probability));
		}
		return components;
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "–" : text;
	}

}
