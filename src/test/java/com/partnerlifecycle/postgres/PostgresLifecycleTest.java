package com.partnerlifecycle.postgres;

import static com.partnerlifecycle.demo.FormValues.approveGate;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.reminder.ReminderRepository;
import com.partnerlifecycle.reminder.ReminderStatus;
import com.partnerlifecycle.termination.TerminationService;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The postgres profile on a real PostgreSQL 16 server (started by the test from Maven
 * artifacts): the same Flyway migrations, the engine's own schema, a whole lifecycle with
 * reminders, and its end.
 */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@Import(TestUsers.class)
class PostgresLifecycleTest {

	static final EmbeddedPostgres POSTGRES = start();

	static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("PostgreSQL did not start", e);
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	TerminationService terminations;

	@Autowired
	ReminderRepository reminders;

	@Autowired
	JdbcTemplate jdbc;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	@Test
	void shouldRunOnPostgresql() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 16");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isEqualTo(new java.io.File("src/main/resources/db/migration").list().length); // every
																							// migration
		assertThat(jdbc.queryForObject(
				"select count(*) from pg_indexes where indexname = 'idx_job_acquisition_duedate'", Integer.class))
			.isEqualTo(1);
	}

	@Autowired
	io.micrometer.prometheusmetrics.PrometheusMeterRegistry prometheus;

	@Test
	void shouldCountTheProductsMetersOnPostgresql() {
		lifecycles.register(); // an open task for the sourcing managers

		// NaN would mean a gauge's count failed on this database
		java.util.List<String> product = prometheus.scrape()
			.lines()
			.filter(line -> line.startsWith("partnership_") && !line.startsWith("partnership_stage_transitions"))
			.toList();
		assertThat(product).as("every series of the product's gauges")
			.hasSize(18)
			.allSatisfy(line -> assertThat(line).doesNotEndWith("NaN"))
			.anySatisfy(line -> assertThat(line).startsWith("partnership_tasks_open{group=\"sourcing-managers\"}"));
	}

	@Test
	void shouldLetPostgresqlEstimateTheGrantsTheAuthorizationCheckMatches() {
		lifecycles.register(); // an open task, and its candidate group's grant on it
		jdbc.execute("analyze act_ru_authorization");
		long granted = jdbc.queryForObject("select count(*) from act_ru_authorization where (perms_ & 2) = 2",
				Long.class);
		String plan = jdbc
			.queryForList("explain select * from act_ru_authorization where (perms_ & 2) = 2", String.class)
			.get(0);

		// without statistics on the expression PostgreSQL guesses 0.5% of the rows, and
		// Tasklist's query then compares
		// every task with every grant (DatabaseTuning)
		long estimated = Long.parseLong(plan.replaceAll("(?s).*rows=(\\d+).*", "$1"));
		assertThat(estimated).as(plan).isCloseTo(granted, org.assertj.core.data.Percentage.withPercentage(50));
	}

	@Test
	void shouldCarryAPartnerFromRegistrationToDissolved() {
		String id = lifecycles.active();
		lifecycles.assertStageMatchesEngine(id);
		lifecycles.review(id, 4, 4, 100_000, 80_000, "CONTINUE");
		assertThat(reminders.findAll()).filteredOn(r -> r.getPartnerId().equals(id))
			.isNotEmpty()
			.allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(ReminderStatus.SENT));

		driver.asUser("sofia", () -> terminations.request(id, Side.BUYER, "Consolidating providers"));
		driver.executeDueJobs(id);
		lifecycles.assertStageMatchesEngine(id);
		driver.complete(id, DissolutionProcess.PLAN_EXIT, "sofia", FormValues.planExit(lifecycles.inDays(30)));
		driver.complete(id, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel", FormValues.confirmHandOver(null));
		driver.complete(id, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER, lifecycles.representative(id),
				FormValues.confirmHandOver(null));
		driver.complete(id, DissolutionProcess.RECORD_LESSONS_LEARNED, "sofia", FormValues.lessonsLearned());

		assertThat(partners.get(id).getStage()).isEqualTo(Stage.DISSOLVED);
		assertThat(partners.get(id).getArchivedAt()).isNotNull();
	}

	@Test
	void shouldRejectAtTheGateOnPostgresql() {
		String id = lifecycles.throughPilots("0", 1);
		lifecycles.enterEvaluation(id, "sofia", 1);
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());

		assertThat(partners.get(id).getStage()).isEqualTo(Stage.REJECTED);
	}

}
