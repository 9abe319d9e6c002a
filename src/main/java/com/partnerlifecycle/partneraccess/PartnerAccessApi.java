package com.partnerlifecycle.partneraccess;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.apidoc.NeverAnswers;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.security.Roles;

/**
 * The links of a partner for the buyer's people: {@code GET
 * /api/partners/{id}/link-events} (what happened to each: issued, used, refused, revoked,
 * a new one asked for, a session ended; never a token), and {@code POST
 * /api/partners/{id}/link-revocations}: every live link of the partner stops, and with it
 * every session a link opened (sourcing managers and camunda-admin).
 */
@RestController
@Tag(name = "Partner links", description = "What happened to a partner's personal links; revoking them")
class PartnerAccessApi {

	private final PartnerLinks links;

	private final PartnerService partners;

	private final Roles roles;

	PartnerAccessApi(PartnerLinks links, PartnerService partners, Roles roles) {
		this.links = links;
		this.partners = partners;
		this.roles = roles;
	}

	@Operation(summary = "List what happened to the partner's links (never a token)")
	@GetMapping(path = "/api/partners/{id}/link-events", produces = MediaType.APPLICATION_JSON_VALUE)
	List<PartnerLinks.Event> events(
			@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id) {
		roles.requireBuyerSide("Reading a partner's link events");
		partners.get(id);
		return links.events(id);
	}

	@Operation(summary = "Revoke every live link of the partner, and the sessions they opened")
	@NeverAnswers(409) // revoking what is already revoked or ended revokes nothing: 0
	@PostMapping(path = "/api/partners/{id}/link-revocations", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Integer> revokeAll(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id) {
		roles.requireAnyOf("Revoking a partner's links", Groups.SOURCING_MANAGERS, Groups.CAMUNDA_ADMIN);
		partners.get(id);
		return Map.of("revoked", links.revokeAll(id));
	}

}
