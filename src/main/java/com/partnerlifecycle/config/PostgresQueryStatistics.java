package com.partnerlifecycle.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL see how many grants the engine's authorization check matches. Every query of Tasklist and Cockpit
 * joins the grants that pass {@code (PERMS_ & <permission>) = <permission>}; without statistics on that expression
 * PostgreSQL guesses 0.5% of them and, with thousands of per-task grants, compares every task with every grant: the
 * sourcing managers' Tasklist took 3.3 s with 5,000 open tasks, 0.1 s with these statistics (docs/benchmarks.md).
 * READ (2) is what Tasklist checks on tasks, READ_TASK (64) on process definitions. The statistics take effect with
 * custom plans, which {@code plan_cache_mode = force_custom_plan} (application-postgres.yml) gives every statement.
 */
@Component
@Profile("postgres")
@Order(2)
class PostgresQueryStatistics implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	PostgresQueryStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		jdbc.execute("create statistics if not exists stat_auth_perms_read on ((perms_ & 2)) from act_ru_authorization");
		jdbc.execute("create statistics if not exists stat_auth_perms_read_task on ((perms_ & 64)) from act_ru_authorization");
		jdbc.execute("analyze act_ru_authorization");
	}

}
