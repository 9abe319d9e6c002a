package com.partnerlifecycle.portfolio;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.partnerlifecycle.security.Roles;

/** {@code GET /api/portfolio}: the portfolio at a glance, for the buyer's people. */
@RestController
class PortfolioController {

	private final PortfolioService portfolio;

	private final Roles roles;

	PortfolioController(PortfolioService portfolio, Roles roles) {
		this.portfolio = portfolio;
		this.roles = roles;
	}

	@GetMapping(path = "/api/portfolio", produces = MediaType.APPLICATION_JSON_VALUE)
	PortfolioService.Dashboard get() {
		roles.requireBuyerSide("The portfolio");
		return portfolio.dashboard();
	}

}
