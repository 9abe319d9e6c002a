package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.evaluation.EvaluationService;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.evaluation.GateDecision;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.summit.Summit;
import com.partnerlifecycle.summit.SummitService;

/**
 * What people see, in a real browser against the demo data: a reviewer decides the gate
 * in Tasklist, an operator finds the lifecycle in Cockpit. Screenshots go to
 * target/screenshots.
 */
@WebAppTest
class TasklistJourneyTest {

	static final String CONTOSO = "contoso-it-consulting";

	static final String FABRIKAM = "fabrikam-data-center";

	static final String INITECH = "initech-outsourcing";

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	com.partnerlifecycle.demo.ProcessDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	SummitService summits;

	@Autowired
	com.partnerlifecycle.pilot.PilotService pilots;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser("http://localhost:" + port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void shouldLetAReviewerDecideTheGateInTasklist() {
		// given rita logs in to Tasklist and opens the gate task from the "Gate
		// decisions" filter
		browser.open("/camunda/app/tasklist/default/");
		browser.login("rita", "demo");
		browser.click(Browser.withText("h4", "Gate decisions"));
		// the card that names Contoso (other tests may have brought more partners to the
		// gate)
		browser.click(By.xpath("//li[contains(@class, 'task')][contains(., 'Contoso IT Consulting')]//h4"));
		browser.visible(By.cssSelector(".fjs-container"));
		browser.waitForFormText("Contoso IT Consulting");
		browser.screenshot("1-gate-task-in-tasklist");

		// then the form shows the pilots, the recommendation's reasons and the complexity
		// warning
		String form = browser.formText();
		assertThat(form).contains("CRM release 4.2", "grey zone", "Complexity warning", "0.448");

		// when she overrides without a reason, the form refuses
		browser.click(By.cssSelector("button.claim"));
		browser.click(Browser.withText("label", "Override the recommendation"));
		browser.click(By.cssSelector("button[ng-click='complete()']"));
		browser.waitForText(By.cssSelector(".fjs-container"), "Field is required");
		browser.screenshot("2-override-without-reason-refused");
		assertThat(partners.get(CONTOSO).getStage()).isEqualTo(Stage.EVALUATION);

		// and when she gives the decision and a reason and acknowledges the warning, the
		// partner moves on
		browser.click(
				By.xpath("//label[contains(., 'Decision instead')]/ancestor::div[contains(@class, 'fjs-form-field')][1]"
						+ "//div[contains(@class, 'fjs-input-group')]"));
		browser
			.click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(., 'Proceed to an agreement')]"));
		browser.driver.findElement(By.cssSelector("textarea[id*='overrideReason']"))
			.sendKeys("The provider's new team lead convinced us in the pilots");
		browser.click(By.cssSelector(".fjs-form-field-checkbox input[type='checkbox']"));
		browser.screenshot("3-override-with-reason");
		browser.click(By.cssSelector("button[ng-click='complete()']"));
		browser.wait.until(d -> partners.get(CONTOSO).getStage() == Stage.AGREEMENT);

		assertThat(evaluations.latest(CONTOSO).orElseThrow().getDecision()).isEqualTo(GateDecision.PROCEED);
		assertThat(evaluations.latest(CONTOSO).orElseThrow().getDecidedBy()).isEqualTo("rita");
	}

	@Test
	void shouldShowARepresentativeOnlyItsOwnPartnersTasks() {
		// given the partners' sides of two reviews wait for a rating: Fabrikam's (paula)
		// and another partner's
		Lifecycles lifecycles = new Lifecycles(context);
		driver.complete(FABRIKAM, ReviewProcess.SCHEDULE_MEETING, "sofia", FormValues.scheduleReviewMeeting(
				lifecycles.now().plus(java.time.Duration.ofDays(5)).atOffset(java.time.ZoneOffset.UTC).toString(),
				"erik", "Alex Account", "alex@fabrikam.example"));
		driver.executeDueJobs(FABRIKAM);
		String other = lifecycles.active();
		lifecycles.representative(other);
		lifecycles.untilNextReviewStarts(other);
		lifecycles.scheduleMeeting(other);
		driver.resetClock();

		// when paula logs in to Tasklist
		browser.open("/camunda/app/tasklist/default/");
		browser.login("paula", "demo");
		browser.click(Browser.withText("h4", "Fabrikam Data Center — partner tasks"));
		browser.click(Browser.withText("h4", "Rate the partnership (partner's side)"));
		browser.waitForFormText("Fabrikam Data Center");
		browser.screenshot("8-partner-representative-tasklist");

		// then she sees her partner's filter and task only
		String page = browser.driver.findElement(By.cssSelector("body")).getText();
		assertThat(page).contains("Fabrikam Data Center — partner tasks")
			.doesNotContain("Sourcing tasks", "Gate decisions", partners.get(other).getName());
		assertThat(browser.driver.findElements(By.cssSelector("li.task"))).hasSize((int) taskService.createTaskQuery()
			.taskCandidateGroup("partner-" + FABRIKAM)
			.includeAssignedTasks()
			.count());
	}

	@Test
	void shouldLetASourcingManagerPlanThePilotsInTasklist() {
		// given the demo's Initech was just registered: "Plan the pilot projects" waits
		// for the sourcing managers
		browser.open("/camunda/app/tasklist/default/");
		browser.login("sofia", "demo");
		browser.click(Browser.withText("h4", "Sourcing tasks"));
		// Initech's task by its link: newer tasks of other tests may fill the filter's
		// first page
		browser.open("/camunda/app/tasklist/default/#/?task="
				+ driver.openTask(INITECH, com.partnerlifecycle.partner.LifecycleProcess.PLAN_PILOTS).getId());
		browser.waitForFormText("Initech");
		browser.click(By.cssSelector("button.claim"));

		// when she plans one pilot (a row of the form's list) and both sides' benefits
		browser.driver.findElement(By.xpath("//label[contains(., 'Pilot title')]/following::input[1]"))
			.sendKeys("Take over the payroll batch");
		browser.driver.findElement(By.xpath("//label[contains(., 'Pilot ends on')]/following::input[1]"))
			.sendKeys(
					java.time.LocalDate.now()
						.plusMonths(2)
						.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")),
					org.openqa.selenium.Keys.TAB);
		browser.driver.findElement(By.xpath("//label[contains(., 'Success criteria')]/following::textarea[1]"))
			.sendKeys("Every run on time", org.openqa.selenium.Keys.ENTER, "No manual correction");
		browser.driver.findElement(By.xpath("//label[contains(., 'What we expect to gain')]/following::textarea[1]"))
			.sendKeys("Lower run costs");
		browser.driver.findElement(By.xpath("//label[contains(., 'provider expects to gain')]/following::textarea[1]"))
			.sendKeys("A reference customer");
		browser.click(By.cssSelector("button[ng-click='complete()']"));

		// then the candidate is in its pilot phase with that pilot and its two criteria
		browser.wait.until(d -> partners.get(INITECH).getStage() == Stage.PILOT);
		assertThat(pilots.ofPartner(INITECH)).singleElement().satisfies(pilot -> {
			assertThat(pilot.getTitle()).isEqualTo("Take over the payroll batch");
			assertThat(pilots.criteriaOf(pilot.getId())).hasSize(2);
		});
	}

	@Test
	void shouldLetARepresentativeSubmitRoadmapProposalsInTasklist() {
		// given the demo's summit collects proposals, and Fabrikam's task waits for paula
		Summit summit = summits.latest().orElseThrow();
		browser.open("/camunda/app/tasklist/default/");
		browser.login("paula", "demo");
		browser.click(Browser.withText("h4", "Fabrikam Data Center — partner tasks"));
		browser.click(Browser.withText("h4", "Submit roadmap proposals"));
		browser.waitForFormText(summit.getTitle());
		browser.click(By.cssSelector("button.claim"));

		// when she completes it without a title, the application refuses and says which
		// field
		browser.click(By.cssSelector("button[ng-click='complete()']"));
		browser.waitForText(By.cssSelector("body"), "proposals[1].title: is required");
		assertThat(summits.proposals(summit.getId(), FABRIKAM)).isEmpty();

		// and when she opens it again and fills in the proposal, it is recorded for the
		// executives to review
		browser.driver.navigate().refresh();
		browser.waitForFormText(summit.getTitle());
		browser.driver.findElement(By.xpath("//label[contains(., 'Title')]/following::input[1]"))
			.sendKeys("Second data centre region, \"active-active\"");
		browser.driver.findElement(By.xpath("//label[contains(., 'Value to us')]/following::textarea[1]"))
			.sendKeys("No single point of failure for the ERP");
		browser.click(By.xpath("//label[contains(., 'Effort')]/following::input[1]"));
		browser.driver.findElement(By.xpath("//label[contains(., 'Effort')]/following::input[1]"))
			.sendKeys("120", org.openqa.selenium.Keys.TAB);
		browser.screenshot("9-roadmap-proposal-in-tasklist");
		browser.click(By.cssSelector("button[ng-click='complete()']"));
		browser.wait.until(d -> !summits.proposals(summit.getId(), FABRIKAM).isEmpty());

		assertThat(summits.proposals(summit.getId(), FABRIKAM)).singleElement().satisfies(proposal -> {
			assertThat(proposal.getTitle()).isEqualTo("Second data centre region, \"active-active\"");
			assertThat(proposal.getEffortDays()).isEqualTo(120);
			assertThat(proposal.getSubmittedBy()).isEqualTo("paula");
		});
	}

	@Test
	void shouldDrawTheLifecycleInCockpit() {
		browser.open("/camunda/app/cockpit/default/#/processes");
		browser.login("admin", "admin");
		browser.click(Browser.withText("a", "Partnership lifecycle"));
		browser.wait.until(d -> d.findElements(By.cssSelector("[data-element-id='UserTask_DecideGate']")).size() > 0);
		browser.screenshot("4-lifecycle-in-cockpit");

		assertThat(browser.driver.findElements(By.cssSelector("[data-element-id='SubProcess_ActivePartnership']")))
			.isNotEmpty();
	}

}
