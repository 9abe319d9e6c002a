package com.partnerlifecycle.summit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.security.Roles;

/**
 * {@code /api/summits}: open a summit by hand (the yearly one opens by itself), and read
 * summits with their outcome. The buyer's people read; executives and sourcing managers
 * open.
 */
@RestController
@Tag(name = "Summits", description = "Annual partner summits")
@RequestMapping(path = "/api/summits", produces = MediaType.APPLICATION_JSON_VALUE)
class SummitController {

	private final SummitService summits;

	private final Roles roles;

	SummitController(SummitService summits, Roles roles) {
		this.summits = summits;
		this.roles = roles;
	}

	/** Opens a summit by hand; the dates are checked before anything is kept. */
	@Operation(summary = "Open a partner summit by hand (the yearly one opens by itself)")
	@ApiResponse(responseCode = "201", description = "Opened")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SummitService.Outcome> open(@Valid @RequestBody OpenRequest request) {
		roles.requireAnyOf("Opening a partner summit", Groups.EXECUTIVES, Groups.SOURCING_MANAGERS);
		Summit summit = summits.openByHand(request.title(), request.heldOn(), request.proposalsDue(),
				request.location());
		return ResponseEntity.created(URI.create("/api/summits/" + summit.getId()))
			.body(summits.outcome(summit.getId()));
	}

	@Operation(summary = "List the most recent summits with their outcome")
	@GetMapping
	List<SummitService.Outcome> recent(@RequestParam(defaultValue = "10") @Min(value = 1,
			message = "must be between 1 and 50") @Max(value = 50, message = "must be between 1 and 50") int count) {
		roles.requireBuyerSide("Reading the summits");
		return summits.recent(count).stream().map(s -> summits.outcome(s.getId())).toList();
	}

	@Operation(summary = "Read a summit with its outcome")
	@GetMapping("/{id}")
	SummitService.Outcome get(@PathVariable Long id) {
		roles.requireBuyerSide("Reading a summit");
		return summits.outcome(id);
	}

	/**
	 * Bound only: the title's and the place's rules, and the dates', are
	 * {@link SummitService#planByHand}'s.
	 */
	record OpenRequest(String title, @NotNull(message = "is required, e.g. 2027-03-15") LocalDate heldOn,
			@NotNull(message = "is required, e.g. 2027-03-01") LocalDate proposalsDue, String location) {
	}

}
