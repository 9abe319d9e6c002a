package com.partnerlifecycle.reminder;

import static com.partnerlifecycle.common.ConfigurationAssertions.assertStartRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The send steps' retry cycle: one the engine could not read stops the start, naming the
 * property.
 */
class ReminderSettingsTest {

	@EnableConfigurationProperties(ReminderSettings.class)
	static class Configuration {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Configuration.class);

	@Test
	void shouldDefaultToFiveRetriesFiveMinutesApart() {
		context
			.run(started -> assertThat(started.getBean(ReminderSettings.class).getRetryCycle()).isEqualTo("R5/PT5M"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "R2/PT1M", "R3/PT5S", "R0/PT1M", "R10/P1DT12H", "PT1M,PT5M,PT10M", "PT10M, PT1H" })
	void shouldTakeACycleTheEngineReads(String cycle) {
		context.withPropertyValues("partnership.reminders.retry-cycle=" + cycle)
			.run(started -> assertThat(started.getBean(ReminderSettings.class).getRetryCycle()).isEqualTo(cycle));
	}

	@ParameterizedTest
	@ValueSource(strings = { "5 minutes", "R5", "R5/", "R5/P", "R5/PT", "R/PT5M", "PT5M;PT10M", "R5/5M" })
	void shouldNotStartWithACycleTheEngineCannotRead(String cycle) {
		assertStartRefused(context, "partnership.reminders.retry-cycle", cycle, "retryCycle",
				"must be a retry cycle such as R5/PT5M or PT1M,PT5M,PT10M, was '" + cycle + "'");
	}

}
