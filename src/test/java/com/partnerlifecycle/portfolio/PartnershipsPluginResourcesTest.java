package com.partnerlifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Cockpit dashboard's own access check: the buyer's people see the portfolio,
 * representatives do not.
 */
class PartnershipsPluginResourcesTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "sourcing-managers, true", "partnership-reviewers, true", "executives, true", "camunda-admin, true",
			"partner-representatives, false", "partner-fabrikam-data-center, false" })
	void shouldLetOnlyTheBuyersPeopleReadThePortfolio(String group, boolean allowed) {
		assertThat(PartnershipsPluginResources.mayReadPortfolio(new Authentication("someone", List.of(group))))
			.isEqualTo(allowed);
	}

}
