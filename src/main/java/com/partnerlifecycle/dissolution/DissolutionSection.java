package com.partnerlifecycle.dissolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.PartnerRecordSection;

/** The "dissolution" of a partner's record. */
@Component
class DissolutionSection implements PartnerRecordSection {

	private final DissolutionService dissolutions;

	DissolutionSection(DissolutionService dissolutions) {
		this.dissolutions = dissolutions;
	}

	@Override
	public String name() {
		return "dissolution";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		return dissolutions.find(partnerId)
			.map(d -> new DissolutionView(d.getCause(), d.getReason(), d.getStartedAt(), d.getServicesToTransition(),
					d.getDataToReturn(), d.getKnowledgeTransfer(), d.getHandOverBy(), d.getBuyerConfirmedBy(),
					d.getProviderConfirmedBy(), d.getLessonsLearned(), d.getWouldPartnerAgain(), d.getArchivedAt()));
	}

	record DissolutionView(DissolutionCause cause, String reason, Instant startedAt, String servicesToTransition,
			String dataToReturn, String knowledgeTransfer, LocalDate handOverBy, String buyerConfirmedBy,
			String providerConfirmedBy, String lessonsLearned, String wouldPartnerAgain, Instant archivedAt) {
	}

}
