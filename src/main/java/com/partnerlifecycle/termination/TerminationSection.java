package com.partnerlifecycle.termination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.People;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.PartnerRecordSection;
import com.partnerlifecycle.partner.Stage;

/**
 * The "terminationRequests" of a partner's record: each with who entered it
 * ({@code enteredBy}: the user id, and the name while the engine has the user) and, for a
 * provider's request entered by the buyer's people, the provider's person it is on behalf
 * of.
 */
@Component
class TerminationSection implements PartnerRecordSection {

	private final TerminationService terminations;

	private final People people;

	TerminationSection(TerminationService terminations, People people) {
		this.terminations = terminations;
		this.people = people;
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
					enteredBy(r), r.getOnBehalfOf().orElse(null)))
			.toList();
		return views.isEmpty() ? Optional.empty() : Optional.of(views);
	}

	EnteredBy enteredBy(TerminationRequest request) {
		return new EnteredBy(request.getRequestedByUser(), people.fullName(request.getRequestedByUser()).orElse(null));
	}

	record View(Side requestedBy, String reason, Stage stageAtRequest, Instant requestedAt, EnteredBy enteredBy,
			OnBehalfOf onBehalfOf) {
	}

	/**
	 * The user who entered the request; {@code name} is absent when the engine no longer
	 * has the user.
	 */
	record EnteredBy(String userId, String name) {
	}

}
