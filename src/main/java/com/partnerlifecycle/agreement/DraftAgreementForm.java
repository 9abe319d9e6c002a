package com.partnerlifecycle.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.FormTaskListener;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;

/** "Draft the partnership agreement": benefits of each side, sponsors of each side, expectations, calendar. */
@Component("draftAgreementForm")
class DraftAgreementForm extends FormTaskListener {

	private final AgreementService agreements;

	private final PartnerService partners;

	DraftAgreementForm(AgreementService agreements, PartnerService partners) {
		this.agreements = agreements;
		this.partners = partners;
	}

	@Override
	protected void prepare(DelegateTask task) {
		String partnerId = task.getExecution().getProcessBusinessKey();
		Partner partner = partners.get(partnerId);
		FormContext.of(task)
			.put("buyerBenefits", orDash(partner.getBuyerBenefits()))
			.put("providerBenefits", orDash(partner.getProviderBenefits()))
			.put("returnComment", agreements.find(partnerId).map(Agreement::getReturnComment).orElse(""))
			.putUserOptions("buyerSponsorOptions", agreements.executives());
	}

	@Override
	protected void submit(DelegateTask task) {
		FormInput input = FormInput.of(task);
		Agreement.Terms terms = new Agreement.Terms(input.text("agreementBuyerBenefits", 4000),
				input.text("agreementProviderBenefits", 4000), input.text("immediateExpectations", 4000),
				input.text("downstreamExpectations", 4000), input.date("agreementStart"), input.date("agreementEnd"),
				input.wholeNumber("noticePeriodDays", 0, 730), input.text("reviewCadence", 10));
		List<String> buyerSponsors = input.strings("buyerSponsors");
		List<AgreementService.ProviderSponsor> providerSponsors = new ArrayList<>();
		List<Map<String, Object>> rows = input.list("providerSponsors");
		for (int i = 0; i < rows.size(); i++) {
			String prefix = "providerSponsors[" + (i + 1) + "].";
			providerSponsors.add(new AgreementService.ProviderSponsor(
					FormInput.text(prefix + "name", rows.get(i).get("name"), 200),
					FormInput.text(prefix + "email", rows.get(i).get("email"), 254),
					FormInput.text(prefix + "role", rows.get(i).get("role"), 200)));
		}
		agreements.draft(task.getExecution().getProcessBusinessKey(), terms, buyerSponsors, providerSponsors);
		input.consume();
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "–" : text;
	}

}
