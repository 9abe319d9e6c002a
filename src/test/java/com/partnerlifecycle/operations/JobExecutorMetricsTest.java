package com.partnerlifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.task.TaskExecutorMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The job executor's thread pool is in the scrape as
 * {@code executor_*{name="camundaTaskExecutor"}}: the Camunda starter's pool is a
 * ThreadPoolTaskExecutor bean, which Spring Boot binds to the registry itself. Checked
 * with the starter's own job configuration and application.yml's pool settings, in a
 * small context of their own: the application's tests run without a job executor.
 */
class JobExecutorMetricsTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CamundaBpmProperties.class)
	static class CamundaProperties {

	}

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
				PrometheusMetricsExportAutoConfiguration.class, TaskExecutorMetricsAutoConfiguration.class))
		.withUserConfiguration(CamundaProperties.class, DefaultJobConfiguration.JobConfiguration.class);

	@Test
	void theJobExecutorsPoolIsMeteredWithItsFourThreadsAndQueueOfEight() {
		context.run(started -> {
			assertThat(started).hasBean("camundaTaskExecutor");
			MeterRegistry registry = started.getBean(MeterRegistry.class);
			assertThat(registry.get("executor.pool.max").tag("name", "camundaTaskExecutor").gauge().value())
				.isEqualTo(4);
			assertThat(registry.get("executor.queue.remaining").tag("name", "camundaTaskExecutor").gauge().value())
				.as("nothing queued: the whole queue-capacity remains")
				.isEqualTo(8);
			assertThat(started.getBean(PrometheusMeterRegistry.class).scrape())
				.contains("executor_active_threads{name=\"camundaTaskExecutor\"}")
				.contains("executor_queued_tasks{name=\"camundaTaskExecutor\"}")
				.contains("executor_queue_remaining_tasks{name=\"camundaTaskExecutor\"}")
				.contains("executor_pool_size_threads{name=\"camundaTaskExecutor\"}");
		});
	}

}
