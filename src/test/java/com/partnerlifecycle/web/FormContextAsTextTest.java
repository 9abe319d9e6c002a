package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.PartnerService.Registration;
import com.partnerlifecycle.termination.TerminationService;

/**
 * Every value a form shows is shown as text: a name holding markup or markdown reaches
 * Tasklist as the characters typed, never as a link. Forms show context in disabled
 * fields only (no {@code {{...}}} in their texts).
 */
@WebAppTest
class FormContextAsTextTest {

	static final String EVIL_HREF = "https://evil.example/login";

	static final String EVIL_NAME = "<a href=\"" + EVIL_HREF + "\">Session expired - log in again</a>";

	@LocalServerPort
	int port;

	@Autowired
	PartnerService partners;

	@Autowired
	TerminationService terminations;

	@Autowired
	ProcessDriver driver;

	Browser browser;

	String partnerId;

	@BeforeEach
	void openBrowser() {
		browser = new Browser("http://localhost:" + port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
		if (partnerId != null) { // withdrawn, so no other test finds its "Plan the pilot
									// projects" task
			driver.asUser("sofia", () -> terminations.request(partnerId, Side.BUYER, "test partner"));
		}
	}

	@Test
	void shouldShowAPartnerNameWithMarkupAsTextInTasklist() {
		// given a partner registered with a link in its name
		driver.asUser("sofia", () -> partnerId = partners.register(new Registration(EVIL_NAME, null, null, 1)).getId());
		String taskId = driver.openTask(partnerId, LifecycleProcess.PLAN_PILOTS).getId();

		// when sofia opens its "Plan the pilot projects" task in Tasklist
		browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
		browser.login("sofia", "demo");
		browser.visible(By.cssSelector(".fjs-container"));
		browser.waitForFormText("Session expired - log in again");
		browser.screenshot("10-markup-in-a-name-shown-as-text");

		// then the name is shown as the characters typed, and the form holds no link to
		// it
		assertThat(browser.formText()).contains(EVIL_NAME);
		assertThat(browser.driver.findElements(By.cssSelector(".fjs-container a[href='" + EVIL_HREF + "']"))).isEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("a[href*='evil.example']"))).isEmpty();
	}

}
