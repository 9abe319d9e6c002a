package com.partnerlifecycle.evaluation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.pilot.PilotService;

/**
 * "Enter the evaluation": the vetting questionnaire and the components of the intended
 * partnership.
 */
@Component("enterEvaluationForm")
class EnterEvaluationForm extends FormTaskListener<EnterEvaluationForm.EvaluationEntry> {

	static final String COMPONENTS = "components";

	/**
	 * Form {@code enter-evaluation}: the three vetting questions (scores 1-5) and the
	 * intended components; their rules are {@link VettingScoring}'s and
	 * {@link com.partnerlifecycle.evaluation.Component}'s.
	 */
	record EvaluationEntry(@NotNull Integer vettingSuccessAgreed, @NotNull Integer vettingMutualUnderstanding,
			@NotNull Integer vettingSameTeam, @Valid List<ComponentRow> components,
			@Size(max = 4000) String evaluationNotes) {

		List<com.partnerlifecycle.evaluation.Component> intendedComponents() {
			return components == null ? List.of()
					: components.stream()
						.map(c -> new com.partnerlifecycle.evaluation.Component(c.name(), c.kind(), c.probability()))
						.toList();
		}
	}

	/**
	 * One component of the intended partnership and its estimated probability of success.
	 */
	record ComponentRow(@NotBlank @Size(max = 200) String name, @NotNull ComponentKind kind,
			@NotNull Double probability) {
	}

	private final EvaluationService evaluations;

	private final PartnerService partners;

	private final PilotService pilots;

	EnterEvaluationForm(EvaluationService evaluations, PartnerService partners, PilotService pilots) {
		super("enter-evaluation", EvaluationEntry.class);
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

	/** The evaluation's rules before anything runs: a refusal is the form's answer. */
	@Override
	protected void check(DelegateTask task, EvaluationEntry form) {
		evaluations.checkEntry(form.vettingSuccessAgreed(), form.vettingMutualUnderstanding(), form.vettingSameTeam(),
				form.intendedComponents());
	}

	@Override
	protected void submit(DelegateTask task, EvaluationEntry form) {
		evaluations.enter(task.getExecution().getProcessBusinessKey(), form.vettingSuccessAgreed(),
				form.vettingMutualUnderstanding(), form.vettingSameTeam(), form.intendedComponents(),
				form.evaluationNotes());
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "–" : text;
	}

}
