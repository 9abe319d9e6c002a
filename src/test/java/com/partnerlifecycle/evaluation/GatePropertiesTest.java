package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.common.ConfigurationAssertions.assertRefused;
import static com.partnerlifecycle.common.ConfigurationAssertions.assertStartRefused;
import static com.partnerlifecycle.common.ConfigurationAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GatePropertiesTest {

	@EnableConfigurationProperties(GateProperties.class)
	static class Configuration {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

	@Test
	void shouldDefaultToTheDesignedThresholds() {
		// when
		GateProperties defaults = GateProperties.defaults();

		// then
		assertThat(defaults).isEqualTo(new GateProperties(50, 70, 1, 2, 0.5));
		context.run(started -> assertThat(started.getBean(GateProperties.class)).isEqualTo(defaults));
	}

	@Test
	void shouldBindFromConfigurationThroughItsConstructor() {
		// given
		MapConfigurationPropertySource source = new MapConfigurationPropertySource(
				Map.of("partnership.gate.reject-below", "45", "partnership.gate.proceed-from", "75",
						"partnership.gate.min-completed-pilots", "2", "partnership.gate.max-extensions", "3",
						"partnership.gate.complexity-threshold", "0.6"));

		// when
		GateProperties bound = new Binder(source).bind("partnership.gate", GateProperties.class).get();

		// then
		assertThat(bound).isEqualTo(new GateProperties(45, 75, 2, 3, 0.6));
	}

	@Test
	void shouldNotStartWithAThresholdOutOfItsRange() {
		assertStartRefused(context, "partnership.gate.reject-below", "-1", "rejectBelow",
				"must be between 0 and 100, was -1.0");
		assertStartRefused(context, "partnership.gate.proceed-from", "101", "proceedFrom",
				"must be between 0 and 100, was 101.0");
		assertStartRefused(context, "partnership.gate.min-completed-pilots", "0", "minCompletedPilots",
				"must be at least 1, was 0");
		assertStartRefused(context, "partnership.gate.complexity-threshold", "1.5", "complexityThreshold",
				"must be between 0 and 1, was 1.5");
		assertStartRefused(context, "partnership.gate.reject-below", "80", "rejectBelowAtMostProceedFrom",
				"rejectBelow must not be above proceedFrom");
	}

	@Test
	void shouldAllowEqualLinesWithoutGreyZone() {
		assertValid(new GateProperties(60, 60, 1, 2, 0.5));
	}

	@Test
	void shouldRefuseRejectLineAboveProceedLine() {
		assertRefused(new GateProperties(70.1, 70, 1, 2, 0.5), "rejectBelowAtMostProceedFrom",
				"rejectBelow must not be above proceedFrom");
	}

	@ParameterizedTest
	@ValueSource(doubles = { -1, 100.1, Double.NaN })
	void shouldRefuseRejectLineOutsideZeroToHundred(double line) {
		assertRefused(new GateProperties(line, 100, 1, 2, 0.5), "rejectBelow",
				"must be between 0 and 100, was " + line);
	}

	@ParameterizedTest
	@ValueSource(doubles = { -1, 100.1 })
	void shouldRefuseProceedLineOutsideZeroToHundred(double line) {
		assertRefused(new GateProperties(0, line, 1, 2, 0.5), "proceedFrom", "must be between 0 and 100, was " + line);
	}

	@Test
	void shouldRequireAtLeastOneCompletedPilot() {
		assertRefused(new GateProperties(50, 70, 0, 2, 0.5), "minCompletedPilots", "must be at least 1, was 0");
	}

	@Test
	void shouldAllowNoExtensionAtAll() {
		assertValid(new GateProperties(50, 70, 1, 0, 0.5));
	}

	@Test
	void shouldRefuseNegativeMaximumOfExtensions() {
		assertRefused(new GateProperties(50, 70, 1, -1, 0.5), "maxExtensions", "must not be negative, was -1");
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.1, 1.1 })
	void shouldRefuseComplexityThresholdOutsideZeroToOne(double threshold) {
		assertRefused(new GateProperties(50, 70, 1, 2, threshold), "complexityThreshold",
				"must be between 0 and 1, was " + threshold);
	}

}
