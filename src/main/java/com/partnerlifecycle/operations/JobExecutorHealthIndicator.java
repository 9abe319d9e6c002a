package com.partnerlifecycle.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code jobExecutor}: whether this node's job executor runs (timers, reminders, async
 * steps) as configured. Where job execution is on
 * ({@code camunda.bpm.job-execution.enabled}, the default) it is UP only while the
 * executor is active; a node configured without job execution is UP and says so. Replaces
 * Camunda's own indicator (off in application.yml), which is DOWN on every node without
 * job execution.
 */
@Component
class JobExecutorHealthIndicator implements HealthIndicator {

	private final ProcessEngine engine;

	private final boolean expected;

	JobExecutorHealthIndicator(ProcessEngine engine,
			@Value("${camunda.bpm.job-execution.enabled:true}") boolean expected) {
		this.engine = engine;
		this.expected = expected;
	}

	@Override
	public Health health() {
		JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getJobExecutor();
		boolean active = executor != null && executor.isActive();
		Health.Builder health = active || !expected ? Health.up() : Health.down();
		health.withDetail("active", active).withDetail("expected", expected);
		if (!expected) {
			health.withDetail("note", "job execution is off on this node (camunda.bpm.job-execution.enabled=false)");
		}
		return health.build();
	}

}
