package com.partnerlifecycle.partner;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.partnerlifecycle.common.EmailAddress;
import com.partnerlifecycle.common.Text;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.security.Roles;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The product API for partners: register a candidate (starts its lifecycle), read one,
 * search the portfolio.
 */
@RestController
@Tag(name = "Partners", description = "Register candidates, read a partnership's record, search the portfolio")
@RequestMapping(path = "/api/partners", produces = MediaType.APPLICATION_JSON_VALUE)
class PartnerController {

	private final PartnerService partners;

	private final List<PartnerRecordSection> sections;

	private final Roles roles;

	PartnerController(PartnerService partners, List<PartnerRecordSection> sections, Roles roles) {
		this.partners = partners;
		this.sections = sections;
		this.roles = roles;
	}

	@Operation(summary = "Register a candidate partner (starts its lifecycle)")
	@ApiResponse(responseCode = "201", description = "Registered; Location names the new partner")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PartnerSummary> register(@Valid @RequestBody RegistrationRequest request) {
		roles.requireAnyOf("Registering a partner", Groups.SOURCING_MANAGERS);
		Partner partner = partners.register(new PartnerService.Registration(request.name(), request.description(),
				request.contactEmail(), request.plannedPilots(), request.capabilities()));
		return ResponseEntity.created(URI.create("/api/partners/" + partner.getId())).body(PartnerSummary.of(partner));
	}

	@Operation(summary = "Read a partner's record: its stage history and each part of its lifecycle")
	@GetMapping("/{id}")
	PartnerDetails get(@PathVariable @Size(max = 60) String id) {
		roles.requireMaySee(id);
		Partner partner = partners.get(id);
		Map<String, Object> more = new LinkedHashMap<>();
		for (PartnerRecordSection section : sections) {
			section.describe(id).ifPresent(value -> more.put(section.name(), value));
		}
		List<StageChange> history = partners.history(id)
			.stream()
			.map(t -> new StageChange(t.getFromStage(), t.getToStage(), t.getChangedAt(), t.getChangedBy()))
			.toList();
		return new PartnerDetails(PartnerSummary.of(partner), partner.getDescription(), partner.getContactEmail(),
				partner.getPlannedPilots(), partner.getRegisteredBy(), partner.getPilotExtensions(),
				partner.getArchivedAt(), history, more);
	}

	/**
	 * What the partner provides: declared by the sourcing managers or by the partner's
	 * own representatives.
	 */
	@Operation(summary = "Declare what the partner provides (replaces the list)")
	@PutMapping(path = "/{id}/capabilities", consumes = MediaType.APPLICATION_JSON_VALUE)
	CapabilitiesBody declareCapabilities(@PathVariable @Size(max = 60) String id,
			@Valid @RequestBody CapabilitiesBody request) {
		if (!roles.represents(id)) {
			roles.requireAnyOf("Declaring a partner's capabilities", Groups.SOURCING_MANAGERS);
		}
		return new CapabilitiesBody(
				List.copyOf(partners.declareCapabilities(id, request.capabilities()).getCapabilities()));
	}

	@Operation(summary = "Search the partners by stage, mode and name, a page at a time")
	@GetMapping
	PageOf<PartnerSummary> search(@RequestParam(required = false) Stage stage,
			@RequestParam(required = false) Mode mode, @RequestParam(required = false) @Size(max = 200) String name,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 10000") @Max(
					value = 10000, message = "must be between 0 and 10000") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100,
					message = "must be between 1 and 100") int size) {
		roles.requireBuyerSide("Searching the partners");
		Page<Partner> result = partners.search(stage, mode, name,
				PageRequest.of(page, size, Sort.by("name").ascending().and(Sort.by("id"))));
		return new PageOf<>(result.map(PartnerSummary::of).getContent(), result.getNumber(), result.getSize(),
				result.getTotalElements(), result.getTotalPages());
	}

	record RegistrationRequest(
			@NotBlank(message = "is required") @Size(max = 200,
					message = "must be at most 200 characters") @Text.OneLine String name,
			@Size(max = 2000, message = "must be at most 2000 characters") String description,
			@EmailAddress.Format @Size(max = EmailAddress.MAX_LENGTH,
					message = "must be at most {max} characters") String contactEmail,
			@Min(value = 1, message = "must be between 1 and 5") @Max(value = 5,
					message = "must be between 1 and 5") Integer plannedPilots,
			List<String> capabilities) {
	}

	record CapabilitiesBody(
			@jakarta.validation.constraints.NotNull(message = "is required, [] for none") List<String> capabilities) {
	}

	record PartnerSummary(String id, String name, Stage stage, Mode mode, List<String> capabilities,
			String processInstanceId, Instant registeredAt) {

		static PartnerSummary of(Partner partner) {
			return new PartnerSummary(partner.getId(), partner.getName(), partner.getStage(), partner.getMode(),
					List.copyOf(partner.getCapabilities()), partner.getProcessInstanceId(), partner.getRegisteredAt());
		}
	}

	record StageChange(Stage from, Stage to, Instant at, String by) {
	}

	@JsonPropertyOrder({ "id", "name", "stage", "mode" })
	@io.swagger.v3.oas.annotations.media.Schema(
			additionalProperties = io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue.TRUE,
			description = "The partner, and one more property per part of its lifecycle it has reached (PartnerRecordSection: "
					+ "pilots, evaluation, agreement, reviews, actionItems, contacts, terminationRequests, dissolution, summits)")
	record PartnerDetails(@com.fasterxml.jackson.annotation.JsonUnwrapped PartnerSummary summary, String description,
			String contactEmail, Integer plannedPilots, String registeredBy, int pilotExtensions, Instant archivedAt,
			List<StageChange> stageHistory, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> sections) {

		@JsonAnyGetter
		Map<String, Object> sectionsAsProperties() {
			return sections;
		}
	}

	record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
	}

}
