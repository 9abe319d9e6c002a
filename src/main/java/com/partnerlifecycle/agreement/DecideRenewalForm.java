package com.partnerlifecycle.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.partner.PartnerService;

/** "Decide on renewal": at the start of the notice period the executives extend the term or let it end. */
@Component("decideRenewalForm")
class DecideRenewalForm extends FormTaskListener {

	static final String RENEWAL_DECISION = "renewalDecision";

	private final AgreementService agreements;

	private final PartnerService partners;

	private final RenewalContext context;

	DecideRenewalForm(AgreementService agreements, PartnerService partners, RenewalContext context) {
		this.agreements = agreements;
		this.partners = partners;
		this.context = context;
	}

	@Override
	protected void prepare(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		Agreement agreement = agreements.get(partnerId);
		FormContext.of(task)
			.put("agreementEnd", agreement.getEndDate().toString())
			.put("noticePeriodDays", agreement.getNoticePeriodDays())
			.put("mode", partners.get(partnerId).getMode().name())
			.put("reviewHistory", context.reviewHistory(partnerId));
	}

	@Override
	protected void submit(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		FormInput input = FormInput.of(task);
		String decision = input.text(RENEWAL_DECISION, 10);
		String comment = input.optionalText("renewalComment", 4000);
		switch (decision) {
			case "RENEW" -> agreements.renew(partnerId, input.date("newEndDate"), comment);
			case "END" -> agreements.letEnd(partnerId, comment);
			default -> throw new com.partnerlifecycle.common.InvalidInputException(RENEWAL_DECISION,
					"must be RENEW or END, was '" + decision + "'");
		}
		input.isPresent("newEndDate");
		input.consume();
		task.getExecution().setVariable(RENEWAL_DECISION, decision);
	}

}
