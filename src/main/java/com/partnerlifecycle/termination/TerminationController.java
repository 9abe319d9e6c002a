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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.common.EmailAddress;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.Text;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.security.Roles;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * {@code POST /api/partners/{id}/termination-requests}: either side ends the partnership,
 * any time while it exists. The partner's own representatives ask for the provider
 * themselves; one of the buyer's people who records the provider's request does so on
 * behalf of the provider and names the provider's person who asked ({@code onBehalfOf}).
 * The answer shows who entered the request and for whom.
 */
@RestController
@Tag(name = "Termination", description = "Either side ends the partnership")
class TerminationController {

	private final TerminationService terminations;

	private final PartnerService partners;

	private final Roles roles;

	private final TerminationSection section;

	TerminationController(TerminationService terminations, PartnerService partners, Roles roles,
			TerminationSection section) {
		this.terminations = terminations;
		this.partners = partners;
		this.roles = roles;
		this.section = section;
	}

	@Operation(summary = "Ask to end the partnership, for the buyer or for the provider")
	@ApiResponse(responseCode = "201", description = "Requested; the partnership moved on")
	@PostMapping(path = "/api/partners/{id}/termination-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TerminationView> request(@PathVariable String id, @Valid @RequestBody Request request) {
		boolean ownRepresentative = mayRequest(id, request.requestedBy());
		OnBehalfOf onBehalfOf = onBehalfOf(request, ownRepresentative);
		TerminationRequest saved = terminations.request(id, request.requestedBy(), request.reason(), onBehalfOf);
		return ResponseEntity.created(URI.create("/api/partners/" + id + "/termination-requests/" + saved.getId()))
			.body(new TerminationView(saved.getId(), id, saved.getRequestedBy(), saved.getReason(),
					saved.getStageAtRequest(), saved.getRequestedAt(), section.enteredBy(saved),
					saved.getOnBehalfOf().orElse(null), partners.get(id).getStage()));
	}

	/**
	 * Our sourcing managers and executives speak for the buyer; a partner's
	 * representatives only for their own partner. Whether the caller is one of the
	 * partner's own representatives.
	 */
	private boolean mayRequest(String partnerId, Side side) {
		if (side == Side.BUYER) {
			roles.requireAnyOf("Ending a partnership for the buyer", Groups.SOURCING_MANAGERS, Groups.EXECUTIVES);
			return false;
		}
		if (roles.represents(partnerId)) {
			return true;
		}
		roles.requireAnyOf("Recording the provider's request to end a partnership", Groups.SOURCING_MANAGERS,
				Groups.EXECUTIVES);
		return false;
	}

	/**
	 * The provider's person the request is entered for: required when the buyer's people
	 * record the provider's request, refused anywhere else (it would mean nothing there).
	 * Checked before anything is stored.
	 */
	private static OnBehalfOf onBehalfOf(Request request, boolean ownRepresentative) {
		boolean forTheProvider = request.requestedBy() == Side.PROVIDER && !ownRepresentative;
		if (forTheProvider) {
			if (request.onBehalfOf() == null || request.onBehalfOf().isBlank()) {
				throw new InvalidInputException("onBehalfOf",
						"is required when a sourcing manager or executive records "
								+ "a request of the provider: the name of the provider's person who asked");
			}
			return new OnBehalfOf(request.onBehalfOf().strip(),
					request.onBehalfOfEmail() == null || request.onBehalfOfEmail().isBlank() ? null
							: request.onBehalfOfEmail().strip());
		}
		String why = request.requestedBy() == Side.BUYER ? "a request of the buyer is on behalf of no one else"
				: "the partner's own representative asks for the provider in person";
		if (request.onBehalfOf() != null) {
			throw new InvalidInputException("onBehalfOf",
					"is only for a request of the provider recorded by the buyer's people: " + why);
		}
		if (request.onBehalfOfEmail() != null) {
			throw new InvalidInputException("onBehalfOfEmail",
					"is only for a request of the provider recorded by the buyer's people: " + why);
		}
		return null;
	}

	/**
	 * {@code onBehalfOf}: the provider's person who asked (required when the buyer's
	 * people record the provider's request, not given otherwise), with
	 * {@code onBehalfOfEmail} if known.
	 */
	record Request(@NotNull(message = "is required: BUYER or PROVIDER") Side requestedBy,
			@NotBlank(message = "is required") @Size(max = 4000,
					message = "must be at most 4000 characters") String reason,
			@Size(max = 200, message = "must be at most 200 characters") @Text.OneLine String onBehalfOf,
			@EmailAddress.Format @Size(max = EmailAddress.MAX_LENGTH,
					message = "must be at most {max} characters") String onBehalfOfEmail) {
	}

	/**
	 * The request, who entered it and for whom ({@code onBehalfOf}, when one of the
	 * buyer's people entered the provider's request), and the stage the partnership moved
	 * to because of it.
	 */
	record TerminationView(Long id, String partnerId, Side requestedBy, String reason, Stage stageAtRequest,
			Instant requestedAt, TerminationSection.EnteredBy enteredBy, OnBehalfOf onBehalfOf, Stage stage) {
	}

}
