package com.partnerlifecycle.agreement;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;

/**
 * "Draft the partnership agreement": benefits of each side, sponsors of each side,
 * expectations, calendar.
 */
@Component("draftAgreementForm")
class DraftAgreementForm extends FormTaskListener<DraftAgreementForm.AgreementDraft> {

	/**
	 * Form {@code draft-agreement}; the term's, the notice period's and the sponsors'
	 * rules are the service's.
	 */
	record AgreementDraft(@NotBlank @Size(max = 4000) String agreementBuyerBenefits,
			@NotBlank @Size(max = 4000) String agreementProviderBenefits,
			List<@NotBlank @Size(max = 100) String> buyerSponsors, @Valid List<SponsorRow> providerSponsors,
			@NotBlank @Size(max = 4000) String immediateExpectations,
			@NotBlank @Size(max = 4000) String downstreamExpectations, @NotNull LocalDate agreementStart,
			@NotNull LocalDate agreementEnd, @NotNull Integer noticePeriodDays,
			@NotBlank @Size(max = 10) String reviewCadence) {

		Agreement.Terms terms() {
			return new Agreement.Terms(agreementBuyerBenefits, agreementProviderBenefits, immediateExpectations,
					downstreamExpectations, agreementStart, agreementEnd, noticePeriodDays, reviewCadence);
		}

		List<String> buyerSponsorIds() {
			return buyerSponsors == null ? List.of() : buyerSponsors;
		}

		List<AgreementService.ProviderSponsor> providerSponsorList() {
			return providerSponsors == null ? List.of()
					: providerSponsors.stream()
						.map(row -> new AgreementService.ProviderSponsor(row.name(), row.email(), row.role()))
						.toList();
		}
	}

	/** One of the provider's sponsors: a row of the dynamic list. */
	record SponsorRow(@NotBlank @Size(max = 200) String name, @NotBlank String email,
			@NotBlank @Size(max = 200) String role) {
	}

	private final AgreementService agreements;

	private final PartnerService partners;

	DraftAgreementForm(AgreementService agreements, PartnerService partners) {
		super("draft-agreement", AgreementDraft.class);
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

	/** The draft's rules before anything runs: a refusal is the form's answer. */
	@Override
	protected void check(DelegateTask task, AgreementDraft form) {
		agreements.checkDraft(form.terms(), form.buyerSponsorIds(), form.providerSponsorList());
	}

	@Override
	protected void submit(DelegateTask task, AgreementDraft form) {
		agreements.draft(task.getExecution().getProcessBusinessKey(), form.terms(), form.buyerSponsorIds(),
				form.providerSponsorList());
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "–" : text;
	}

}
