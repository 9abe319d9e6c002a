package com.partnerlifecycle.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.LifecycleProcess;

/** "Sign the partnership agreement": an executive signs the draft, or returns it with a comment. */
@Component("signAgreementForm")
class SignAgreementForm extends FormTaskListener {

	private final AgreementService agreements;

	SignAgreementForm(AgreementService agreements) {
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
		fact(facts, "Business reviews", "P12M".equals(agreement.getReviewCadence()) ? "Annual" : "Half-yearly");
		fact(facts, "Drafted by", agreement.getDraftedBy());
		FormContext.of(task).put("agreementFacts", facts);
	}

	@Override
	protected void submit(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		FormInput input = FormInput.of(task);
		String decision = input.text(LifecycleProcess.SIGNATURE_DECISION, 10);
		switch (decision) {
			case "SIGN" -> agreements.sign(partnerId);
			case "RETURN" -> agreements.returnForChanges(partnerId, input.text("returnComment", 4000));
			default -> throw new InvalidInputException(LifecycleProcess.SIGNATURE_DECISION,
					"must be SIGN or RETURN, was '" + decision + "'");
		}
		input.isPresent("returnComment");
		input.consume();
		task.getExecution().setVariable(LifecycleProcess.SIGNATURE_DECISION, decision);
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
