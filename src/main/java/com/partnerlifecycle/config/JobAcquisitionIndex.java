package com.partnerlifecycle.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code jobExecutorAcquireByDueDate} (application.yml) the job executor orders its acquisition query by due date:
 * this index serves it, on H2 and PostgreSQL alike. Without it every acquisition reads all of ACT_RU_JOB, 10,000 waiting
 * timers in a large portfolio, to find the few that are due (docs/benchmarks.md). Created here, not by Flyway, because
 * the engine creates its own tables after Flyway has run.
 */
@Component
@Order(2)
class JobAcquisitionIndex implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	JobAcquisitionIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		jdbc.execute("create index if not exists idx_job_acquisition_duedate on act_ru_job (duedate_, retries_, lock_exp_time_)");
	}

}
