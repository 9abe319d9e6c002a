package com.partnerlifecycle.portfolio;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.security.Roles;

/** {@code GET /api/portfolio}: the portfolio at a glance, for the buyer's people. */
@RestController
@Tag(name = "Portfolio", description = "The portfolio at a glance")
class PortfolioController {

	private final PortfolioService portfolio;

	private final Roles roles;

	PortfolioController(PortfolioService portfolio, Roles roles) {
		this.portfolio = portfolio;
		this.roles = roles;
	}

	@Operation(summary = "The portfolio at a glance: counts, reviews due, health that fell, consolidation candidates")
	@GetMapping(path = "/api/portfolio", produces = MediaType.APPLICATION_JSON_VALUE)
	PortfolioService.Dashboard get() {
		roles.requireBuyerSide("The portfolio");
		return portfolio.dashboard();
	}

}
