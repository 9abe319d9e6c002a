package com.partnerlifecycle.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code jobExecutorAcquireByDueDate} the job executor orders its acquisition query by due date: this index
 * serves it. Created here, not by Flyway, because the engine creates its own tables after Flyway has run.
 */
@Component
@Profile("postgres")
@Order(2)
class PostgresJobAcquisitionIndex implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	PostgresJobAcquisitionIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		jdbc.execute("create index if not exists idx_job_acquisition_duedate on act_ru_job (duedate_, retries_, lock_exp_time_)");
	}

}
