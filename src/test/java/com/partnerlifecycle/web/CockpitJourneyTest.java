package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.summit.SummitProcess;

/**
 * Cockpit as operators and managers use it: the Partnerships dashboard, and a partner
 * found by its name.
 */
@WebAppTest
class CockpitJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtimeService;

	@Autowired
	PartnerService partners;

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
	void shouldShowTheSourcingManagerThePortfolioAndLeadToAPartnersLifecycle() {
		browser.open("/camunda/app/cockpit/default/");
		browser.login("sofia", "demo");
		browser.waitForText(By.cssSelector(".partnerships"), "Reviews due in the next 30 days");
		browser.waitForText(By.cssSelector(".partnerships"), "Fabrikam Data Center");
		browser.screenshot("5-partnerships-dashboard");
		String dashboard = browser.driver.findElement(By.cssSelector(".partnerships")).getText();
		assertThat(dashboard).contains("By stage", "Active", "Overdue reviews", "Health fell at the last review",
				"Largest perception gaps", "Action items", "Consolidation candidates", "cloud hosting",
				"Last summit: Annual partner summit");
		((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
				"arguments[0].scrollIntoView({block: 'center'});",
				browser.driver.findElement(Browser.withText("h4", "Consolidation candidates")));
		browser.screenshot("10-consolidation-candidates-and-summit");

		browser.click(By.linkText("Fabrikam Data Center")); // its partner view, and from
															// there its lifecycle
		browser.click(By.linkText("Its lifecycle in Cockpit"));
		browser.wait.until(d -> d.getCurrentUrl()
			.contains("/process-instance/" + partners.get("fabrikam-data-center").getProcessInstanceId()));
		browser.visible(By.cssSelector("[data-element-id='SubProcess_ActivePartnership']"));
		browser.screenshot("6-partner-lifecycle-from-dashboard");
	}

	@Test
	void shouldFindAPartnersLifecycleByItsNameWithTheVariableFilter() {
		// the version Northwind's lifecycle runs on (a later one may be deployed beside
		// it: FirstHourJourneyTest)
		String definitionId = runtimeService.createProcessInstanceQuery()
			.processInstanceId(partners.get("northwind-cloud-services").getProcessInstanceId())
			.singleResult()
			.getProcessDefinitionId();
		String search = "[{\"type\":\"variables\",\"operator\":\"eq\",\"value\":\"Northwind Cloud Services\",\"name\":\"partnerName\"}]";

		browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime?searchQuery="
				+ URLEncoder.encode(search, StandardCharsets.UTF_8));
		browser.login("admin", "admin");
		browser.waitForText(By.cssSelector("body"), "northwind-cloud-services");
		browser.screenshot("7-partner-found-by-name-in-cockpit");

		String instances = browser.driver.findElement(By.cssSelector("body")).getText();
		assertThat(instances).contains("northwind-cloud-services").doesNotContain("initech-outsourcing");
	}

	@Test
	void shouldDrawTheSummitAndEachPartnersProposalsAsTheirOwnProcesses() {
		String summit = latest(SummitProcess.KEY);
		String proposals = latest(SummitProcess.PROPOSALS_KEY);

		browser.open("/camunda/app/cockpit/default/#/process-definition/" + summit + "/runtime");
		browser.login("sofia", "demo");
		browser.visible(By.cssSelector("[data-element-id='CallActivity_PartnerProposals']"));
		browser.screenshot("11-summit-calls-each-partners-proposals");
		browser.open("/camunda/app/cockpit/default/#/process-definition/" + proposals + "/runtime");
		browser.visible(By.cssSelector("[data-element-id='UserTask_SubmitRoadmapProposals']"));
		browser.visible(By.cssSelector("[data-element-id='BoundaryEvent_ProposalReminderDue']"));
		browser.screenshot("12-one-partners-proposals-in-cockpit");
	}

	private String latest(String key) {
		return repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult()
			.getId();
	}

}
