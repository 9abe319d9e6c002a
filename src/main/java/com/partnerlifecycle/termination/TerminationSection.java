package com.partnerlifecycle.termination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.PartnerRecordSection;
import com.partnerlifecycle.partner.Stage;

/** The "terminationRequests" of a partner's record. */
@Component
class TerminationSection implements PartnerRecordSection {

	private final TerminationService terminations;

	TerminationSection(TerminationService terminations) {
		this.terminations = terminations;
	}

	@Override
	public String name() {
		return "terminationRequests";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		List<View> views = terminations.of(partnerId)
			.stream()
			.map(r -> new View(r.getRequestedBy(), r.getReason(), r.getStageAtRequest(), r.getRequestedAt(),
					r.getRequestedByUser()))
			.toList();
		return views.isEmpty() ? Optional.empty() : Optional.of(views);
	}

	record View(Side requestedBy, String reason, Stage stageAtRequest, Instant requestedAt, String recordedBy) {
	}

}
