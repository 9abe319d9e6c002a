package com.partnerlifecycle.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's own tables need for a large portfolio (docs/benchmarks.md). Done
 * here, not by Flyway, because the engine creates its tables after Flyway has run.
 * <ul>
 * <li>With {@code jobExecutorAcquireByDueDate} (application.yml) the job executor orders
 * its acquisition query by due date: the index {@code idx_job_acquisition_duedate} serves
 * it. Without it every acquisition reads all of ACT_RU_JOB, 10,000 waiting timers in the
 * benchmark's portfolio, to find the few that are due.</li>
 * <li>PostgreSQL: statistics on the permission expressions of the authorization check.
 * Every query of Tasklist and Cockpit joins the grants that pass
 * {@code (PERMS_ & <permission>) = <permission>}; without statistics PostgreSQL guesses
 * 0.5% of them and, with thousands of per-task grants, compares every task with every
 * grant: the sourcing managers' Tasklist took 3.3 s with 5,000 open tasks, 0.1 s with
 * these statistics. READ (2) is what Tasklist checks on tasks, READ_TASK (64) on process
 * definitions. They take effect with custom plans, which
 * {@code plan_cache_mode = force_custom_plan} (application-postgres.yml) gives every
 * statement.</li>
 * </ul>
 */
@Component
@Order(2)
class DatabaseTuning implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	DatabaseTuning(JdbcTemplate jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.postgres = environment.acceptsProfiles(Profiles.of("postgres"));
	}

	@Override
	public void run(ApplicationArguments args) {
		jdbc.execute(
				"create index if not exists idx_job_acquisition_duedate on act_ru_job (duedate_, retries_, lock_exp_time_)");
		if (postgres) {
			jdbc.execute(
					"create statistics if not exists stat_auth_perms_read on ((perms_ & 2)) from act_ru_authorization");
			jdbc.execute(
					"create statistics if not exists stat_auth_perms_read_task on ((perms_ & 64)) from act_ru_authorization");
			jdbc.execute("analyze act_ru_authorization");
		}
	}

}
