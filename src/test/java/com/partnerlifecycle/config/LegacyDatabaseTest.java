package com.partnerlifecycle.config;

import static com.partnerlifecycle.demo.FormValues.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.partnerlifecycle.PartnershipLifecycleApplication;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.evaluation.EvaluationService;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.review.ReviewService;

/**
 * A database made by the code before form contracts (the demo, then Fabrikam's review
 * meeting scheduled through the engine REST API, so both rating tasks were open;
 * src/test/resources/legacy/) starts with this code: Flyway migrates it, the start-up
 * steps run, and the tasks the older deployments created complete through their forms.
 */
class LegacyDatabaseTest {

	static Path folder;

	static ConfigurableApplicationContext app;

	static java.time.Instant startedAt;

	@BeforeAll
	static void startOnTheOldDatabase() throws Exception {
		startedAt = java.time.Instant.now();
		folder = Files.createTempDirectory("legacy-database");
		try (InputStream in = new GZIPInputStream(
				LegacyDatabaseTest.class.getResourceAsStream("/legacy/partnerships-before-contracts.mv.db.gz"))) {
			Files.copy(in, folder.resolve("partnerships.mv.db"));
		}
		// arguments, not default properties: application.yml would override those
		app = new SpringApplicationBuilder(PartnershipLifecycleApplication.class).profiles("demo")
			.run("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("partnerships")
					+ ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "--server.port=0",
					"--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.webapp.enabled=false",
					"--camunda.bpm.metrics.enabled=false");
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		try (var files = Files.walk(folder)) {
			files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	<T> T bean(Class<T> type) {
		return app.getBean(type);
	}

	@Test
	void shouldMigrateTheSchema() {
		List<String> versions = bean(JdbcTemplate.class)
			.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" = true", String.class);

		assertThat(versions).contains("5", "6");
	}

	@Test
	void shouldCompleteTheOpenTasksTheOlderDeploymentsCreated() {
		ProcessDriver driver = bean(ProcessDriver.class);
		PartnerService partners = bean(PartnerService.class);

		Task plan = driver.openTask("initech-outsourcing", "UserTask_PlanPilots");
		assertThat(createdByTheOldDeployment(plan)).isTrue();
		driver.complete(plan, "sofia",
				FormValues.planPilots("Lower costs", "A reference customer", new FormValues.PlannedPilot(
						"Service desk pilot", java.time.LocalDate.now().plusDays(30), "Tickets solved")));
		assertThat(partners.get("initech-outsourcing").getStage()).isEqualTo(Stage.PILOT);

		Task assess = driver.openTask("northwind-cloud-services", "UserTask_AssessPilot");
		List<String> criteria = driver.criteriaOf(assess);
		driver.complete(assess, "sofia", FormValues.pilotCompleted(criteria, criteria.stream().map(c -> "1").toList(),
				4, 4, 4, "Migrated two workloads"));
		assertThat(driver.openTasks("northwind-cloud-services", "UserTask_ApprovePilotResults")).hasSize(1);

		driver.complete("contoso-it-consulting", "UserTask_DecideGate", "rita",
				FormValues.approveGateAcknowledgingComplexity());
		assertThat(bean(EvaluationService.class).latest("contoso-it-consulting").orElseThrow().getDecidedBy())
			.isEqualTo("rita");
	}

	@Test
	void shouldCompleteARatingTaskOfTheOlderDeploymentAndDecideTheReview() {
		ProcessDriver driver = bean(ProcessDriver.class);
		ReviewService reviews = bean(ReviewService.class);
		String fabrikam = "fabrikam-data-center";

		driver.complete(fabrikam, "UserTask_RateReviewBuyer", "erik", FormValues.rateAsBuyer(4, 100_000, 20_000));
		driver.complete(fabrikam, "UserTask_RateReviewProvider", "paula", FormValues.rateAsProvider(4, 90_000, 10_000));
		driver.complete(fabrikam, "UserTask_DecideReviewOutcome", "erik", FormValues.decideReview("CONTINUE", null));

		var review = reviews.history(fabrikam).get(reviews.history(fabrikam).size() - 1);
		assertThat(review.getHealthy()).isTrue();
		assertThat(reviews.ratingsOf(review.getId())).hasSize(2);
	}

	@Test
	void shouldCompleteTheSummitProposalOfTheOlderDeployment() {
		ProcessDriver driver = bean(ProcessDriver.class);

		Task proposal = driver.openTask("fabrikam-data-center", "UserTask_SubmitRoadmapProposals");
		driver.complete(proposal, "paula",
				map("proposals", List
					.of(map("title", "Edge hosting", "valueToBuyer", "Lower latency for the plants", "effortDays", 30)),
						"noProposal", false));

		assertThat(driver.openTasks("fabrikam-data-center", "UserTask_SubmitRoadmapProposals")).isEmpty();
	}

	/**
	 * The old database granted sourcing managers CREATE_INSTANCE and CREATE: withdrawn;
	 * every partner has its group.
	 */
	@Test
	void shouldWithdrawProcessStartsAndStoreEveryPartnersGroup() {
		JdbcTemplate jdbc = bean(JdbcTemplate.class);
		List<Authorization> grants = bean(AuthorizationService.class).createAuthorizationQuery()
			.groupIdIn(Groups.SOURCING_MANAGERS, Groups.EXECUTIVES, Groups.PARTNERSHIP_REVIEWERS,
					Groups.PARTNER_REPRESENTATIVES)
			.listPage(0, 1000);

		assertThat(grants).isNotEmpty()
			.noneMatch(grant -> grant.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()
					&& grant.isPermissionGranted(Permissions.CREATE_INSTANCE));
		assertThat(grants).noneMatch(grant -> grant.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
				&& grant.isPermissionGranted(Permissions.CREATE));
		assertThat(jdbc.queryForObject("select count(*) from partner", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from partner where group_id <> 'partner-' || id", Long.class))
			.isZero();
	}

	/** The task was in the file before this code started on it. */
	private boolean createdByTheOldDeployment(Task task) {
		return task.getCreateTime().toInstant().isBefore(startedAt);
	}

}
