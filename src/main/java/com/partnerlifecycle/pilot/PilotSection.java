package com.partnerlifecycle.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.PartnerRecordSection;

/**
 * The "pilots" of a partner's record: each pilot with its criteria and, once assessed,
 * its results.
 */
@Component
class PilotSection implements PartnerRecordSection {

	private final PilotService pilots;

	PilotSection(PilotService pilots) {
		this.pilots = pilots;
	}

	@Override
	public String name() {
		return "pilots";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		List<PilotView> views = pilots.ofPartner(partnerId)
			.stream()
			.map(p -> new PilotView(p.getId(), p.getRound(), p.getTitle(), p.getEndDate(), p.getStatus(), p.getScore(),
					pilots.criteriaOf(p.getId())
						.stream()
						.map(c -> new CriterionView(c.getDescription(),
								c.getRating() == null ? null : c.getRating().label()))
						.toList(),
					p.getDeliveredOutcomes(), p.getAbandonReason(), p.getClosedReason()))
			.toList();
		return views.isEmpty() ? Optional.empty() : Optional.of(views);
	}

	record PilotView(Long id, int round, String title, LocalDate endDate, PilotStatus status, BigDecimal score,
			List<CriterionView> successCriteria, List<String> deliveredOutcomes, String abandonReason,
			String closedReason) {
	}

	record CriterionView(String criterion, String rating) {
	}

}
