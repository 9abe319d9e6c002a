package com.partnerlifecycle.termination;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.config.Groups;
import com.partnerlifecycle.security.Roles;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/** {@code POST /api/partners/{id}/termination-requests}: either side ends the partnership, any time while it exists. */
@RestController
class TerminationController {

	private final TerminationService terminations;

	private final PartnerService partners;

	private final Roles roles;

	TerminationController(TerminationService terminations, PartnerService partners, Roles roles) {
		this.terminations = terminations;
		this.partners = partners;
		this.roles = roles;
	}

	@PostMapping(path = "/api/partners/{id}/termination-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TerminationView> request(@PathVariable String id, @Valid @RequestBody Request request) {
		mayRequest(id, request.requestedBy());
		TerminationRequest saved = terminations.request(id, request.requestedBy(), request.reason());
		return ResponseEntity
			.created(URI.create("/api/partners/" + id + "/termination-requests/" + saved.getId()))
			.body(new TerminationView(saved.getId(), id, saved.getRequestedBy(), saved.getReason(),
					saved.getStageAtRequest(), saved.getRequestedAt(), partners.get(id).getStage()));
	}

	/** Our sourcing managers and executives speak for the buyer; a partner's representatives only for their own partner. */
	private void mayRequest(String partnerId, Side side) {
		if (side == Side.BUYER) {
			roles.requireAnyOf("Ending a partnership for the buyer", Groups.SOURCING_MANAGERS, Groups.EXECUTIVES);
		}
		else if (!roles.represents(partnerId)) {
			roles.requireAnyOf("Ending a partnership for the provider", Groups.SOURCING_MANAGERS, Groups.EXECUTIVES);
		}
	}

	record Request(@NotNull(message = "is required: BUYER or PROVIDER") Side requestedBy,
			@NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String reason) {
	}

	/** The request, and the stage the partnership moved to because of it. */
	record TerminationView(Long id, String partnerId, Side requestedBy, String reason, Stage stageAtRequest,
			Instant requestedAt, Stage stage) {
	}

}
