package com.partnerlifecycle.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.PartnerRecordSection;

/** The "agreement" of a partner's record: its key facts and both sides' sponsors. */
@Component
class AgreementSection implements PartnerRecordSection {

	private final AgreementService agreements;

	AgreementSection(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		return agreements.find(partnerId).map(a -> {
			List<AgreementSponsor> sponsors = agreements.sponsorsOf(a.getId());
			return new AgreementView(a.getStatus(), a.getStartDate(), a.getEndDate(), a.getNoticePeriodDays(),
					a.getReviewCadence(), a.getBuyerBenefits(), a.getProviderBenefits(), a.getImmediateExpectations(),
					a.getDownstreamExpectations(), sponsors(sponsors, Side.BUYER), sponsors(sponsors, Side.PROVIDER),
					a.getSignedBy(), a.getSignedAt());
		});
	}

	private static List<SponsorView> sponsors(List<AgreementSponsor> sponsors, Side side) {
		return sponsors.stream()
			.filter(s -> s.getSide() == side)
			.map(s -> new SponsorView(s.getName(), s.getEmail(), s.getRole(), s.getUserId()))
			.toList();
	}

	record AgreementView(AgreementStatus status, LocalDate startDate, LocalDate endDate, int noticePeriodDays,
			String reviewCadence, String buyerBenefits, String providerBenefits, String immediateExpectations,
			String downstreamExpectations, List<SponsorView> buyerSponsors, List<SponsorView> providerSponsors,
			String signedBy, Instant signedAt) {
	}

	record SponsorView(String name, String email, String role, String userId) {
	}

}
