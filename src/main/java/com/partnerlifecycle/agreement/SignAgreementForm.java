package com.partnerlifecycle.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.LifecycleProcess;

/**
 * "Sign the partnership agreement": an executive signs the draft, or returns it with a
 * comment.
 */
@Component("signAgreementForm")
class SignAgreementForm extends FormTaskListener<SignAgreementForm.Signature> {

	/**
	 * SIGN: the agreement is in force; RETURN: back to the sourcing managers with a
	 * comment.
	 */
	enum SignatureDecision {

		SIGN, RETURN

	}

	/** Form {@code sign-agreement}. */
	record Signature(@NotNull SignatureDecision signatureDecision, @Size(max = 4000) String returnComment) {
	}

	private final AgreementService agreements;

	SignAgreementForm(AgreementService agreements) {
		super("sign-agreement", Signature.class);
		this.agreements = agreements;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Agreement agreement = agreements.get(task.getExecution().getProcessBusinessKey());
		List<AgreementSponsor> sponsors = agreements.sponsorsOf(agreement.getId());
		List<Map<String, Object>> facts = new ArrayList<>();
		fact(facts, "What we gain", agreement.getBuyerBenefits());
		fact(facts, "What the provider gains", agreement.getProviderBenefits());
		fact(facts, "Our sponsors", names(sponsors, Side.BUYER));
		fact(facts, "Provider sponsors", names(sponsors, Side.PROVIDER));
		fact(facts, "Immediate expectations", agreement.getImmediateExpectations());
		fact(facts, "Downstream expectations", agreement.getDownstreamExpectations());
		fact(facts, "Term", agreement.getStartDate() + " to " + agreement.getEndDate());
		fact(facts, "Notice period", agreement.getNoticePeriodDays() + " days");
		fact(facts, "Business reviews", switch (agreement.getReviewCadence()) {
			case "P3M" -> "Quarterly";
			case "P12M" -> "Annual";
			default -> "Half-yearly";
		});
		fact(facts, "Drafted by", agreement.getDraftedBy());
		FormContext.of(task).put("agreementFacts", facts);
	}

	@Override
	protected void submit(DelegateTask task, Signature form) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		switch (form.signatureDecision()) {
			case SIGN -> agreements.sign(partnerId);
			case RETURN -> {
				if (form.returnComment() == null) {
					throw new InvalidInputException("returnComment", "is required: say what to change");
				}
				agreements.returnForChanges(partnerId, form.returnComment());
			}
		}
		task.getExecution().setVariable(LifecycleProcess.SIGNATURE_DECISION, form.signatureDecision().name());
	}

	private static String names(List<AgreementSponsor> sponsors, Side side) {
		return sponsors.stream()
			.filter(s -> s.getSide() == side)
			.map(s -> s.getRole() == null ? s.getName() : s.getName() + " (" + s.getRole() + ")")
			.collect(Collectors.joining(", "));
	}

	private static void fact(List<Map<String, Object>> facts, String fact, String value) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("fact", fact);
		row.put("value", value);
		facts.add(row);
	}

}
