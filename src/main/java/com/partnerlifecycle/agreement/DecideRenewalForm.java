package com.partnerlifecycle.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;

/**
 * "Decide on renewal": at the start of the notice period the executives extend the term
 * or let it end.
 */
@Component("decideRenewalForm")
class DecideRenewalForm extends FormTaskListener<DecideRenewalForm.RenewalDecision> {

	/**
	 * RENEW: a new end date; END: the agreement ends at its end date and the dissolution
	 * starts.
	 */
	enum Renewal {

		RENEW, END

	}

	/** Form {@code decide-renewal}. */
	record RenewalDecision(@NotNull Renewal renewalDecision, LocalDate newEndDate,
			@Size(max = 4000) String renewalComment) {
	}

	private final AgreementService agreements;

	private final PartnerService partners;

	private final RenewalContext context;

	DecideRenewalForm(AgreementService agreements, PartnerService partners, RenewalContext context) {
		super("decide-renewal", RenewalDecision.class);
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
	protected void submit(DelegateTask task, RenewalDecision form) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		switch (form.renewalDecision()) {
			case RENEW -> {
				if (form.newEndDate() == null) {
					throw new com.partnerlifecycle.common.InvalidInputException("newEndDate", "is required to renew");
				}
				agreements.renew(partnerId, form.newEndDate(), form.renewalComment());
			}
			case END -> agreements.letEnd(partnerId, form.renewalComment());
		}
		task.getExecution().setVariable(LifecycleProcess.RENEWAL_DECISION, form.renewalDecision().name());
	}

}
