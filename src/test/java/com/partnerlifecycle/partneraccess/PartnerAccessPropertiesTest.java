package com.partnerlifecycle.partneraccess;

import static com.partnerlifecycle.common.ConfigurationAssertions.assertStartRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The links' lifetimes and limits: a value out of its range stops the start, naming the
 * property.
 */
class PartnerAccessPropertiesTest {

	@EnableConfigurationProperties(PartnerAccessProperties.class)
	static class Configuration {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

	@Test
	void shouldDefaultToTwoWeeksAnHourAndTheDesignedLimits() {
		context.run(started -> assertThat(started.getBean(PartnerAccessProperties.class))
			.isEqualTo(new PartnerAccessProperties(Duration.ofDays(14), Duration.ofMinutes(60), 20, 10,
					Duration.ofMinutes(10), 3, Duration.ofHours(24))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "link-lifetime | PT0S | linkLifetime | must be between PT1M and P60D, was PT0S",
					"link-lifetime | P61D | linkLifetime | must be between PT1M and P60D, was PT1464H",
					"session-lifetime | -PT5M | sessionLifetime | must be between PT1M and PT12H, was PT-5M",
					"session-lifetime | PT13H | sessionLifetime | must be between PT1M and PT12H, was PT13H",
					"attempts-per-client | 0 | attemptsPerClient | must be at least 1, was 0",
					"attempts-per-link | 0 | attemptsPerLink | must be at least 1, was 0",
					"resends-per-contact | -1 | resendsPerContact | must be at least 1, was -1",
					"limit-period | PT0S | limitPeriod | must be a positive duration such as PT10M, was PT0S",
					"resend-period | -PT1H | resendPeriod | must be a positive duration such as PT10M, was PT-1H" })
	void shouldNotStartWithAValueOutOfItsRange(String property, String value, String field, String reason) {
		assertStartRefused(context, "partnership.partner-access." + property, value, field, reason);
	}

}
