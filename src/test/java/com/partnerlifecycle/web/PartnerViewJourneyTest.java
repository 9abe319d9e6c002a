package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.partner.PartnerService;

/**
 * The partner view in Cockpit as a sourcing manager and an executive open it on the demo
 * data: Tailspin's ratings of each value review by review (transparency's gap drawn), the
 * balance of value, the commitments kept and the open items with the overdue one; reached
 * from the Partnerships page in the top navigation and from the lifecycle instance. Its
 * data is refused to a representative and a reviewer; no failing request in the console.
 */
@WebAppTest
class PartnerViewJourneyTest {

	static final String TAILSPIN = "tailspin-managed-services";

	@LocalServerPort
	int port;

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
	void shouldDrawHowTailspinsPartnershipIsGoingForTheSourcingManager() {
		browser.open("/camunda/app/cockpit/default/");
		browser.login("sofia", "demo");
		browser.click(By.linkText("Partnerships")); // its own place in Cockpit's
													// navigation
		browser.waitForText(By.cssSelector(".partnerships"), "Largest perception gaps");
		assertThat(browser.consoleErrors()).as("on the login page and the portfolio").allMatch(Browser::isLoginProbe);
		String portfolio = browser.driver.findElement(By.cssSelector(".partnerships")).getText();
		assertThat(portfolio).contains("Transparent at review 2", "we rate 4, they rate 2: a gap of 2", "1 overdue");

		browser.click(By.linkText("Tailspin Managed Services"));
		waitForView("Open action items");
		browser.wait.until(d -> d.findElements(By.cssSelector(".partnerships-chart svg")).size() == 6);
		String text = viewText(".partnerships-partner");
		assertThat(text).contains("Active, Partner mode", "How each side rated the partnership",
				"1 = not at all, 5 = fully", "The balance of value", "in EUR", "Commitments kept",
				"Extend the service desk to 22:00", "overdue");
		String transparent = viewText("[data-value='TRANSPARENT']");
		assertThat(transparent).as("the chart's own words: title, axis, legend")
			.contains("Transparent", "Review", "Our side", "Tailspin Managed Services");
		browser.screenshot("15-partner-view");
		assertThat(browser.consoleErrors()).as("no failing request on the partner view").isEmpty();

		// from the lifecycle instance, and back to the view
		browser.click(By.linkText("Its lifecycle in Cockpit"));
		browser.click(By.linkText("Partner view"));
		waitForView("Tailspin Managed Services");
		browser.wait.until(d -> d.findElements(By.cssSelector(".partnerships-chart svg")).size() == 6);
		assertThat(browser.consoleErrors()).isEmpty();
		((org.openqa.selenium.JavascriptExecutor) browser.driver)
			.executeScript("document.querySelector('[data-chart=\"commitments\"]').scrollIntoView({block: 'start'});");
		browser.screenshot("16-partner-view-commitments");
	}

	@Test
	void shouldShowTheExecutiveTheSameView() {
		browser.open("/camunda/app/cockpit/default/#/partnerships?partner=" + TAILSPIN);
		browser.login("erik", "demo");
		waitForView("Commitments kept");
		browser.wait.until(d -> d.findElements(By.cssSelector(".partnerships-chart svg")).size() == 6);
		assertThat(browser.consoleErrors()).allMatch(Browser::isLoginProbe);
	}

	@Test
	void shouldRefuseTheViewsDataToARepresentativeAndAReviewerAndWithoutASession() {
		assertThat(status(null)).isEqualTo(401);
		for (String user : List.of("tom", "rita")) { // signed in to Tasklist: the
														// resource itself refuses
			assertThat(status(user)).as(user).isEqualTo(403);
		}
		assertThat(status("sofia")).isEqualTo(200);
	}

	/**
	 * The text of an element of the view as a person reads it. Through the page's own
	 * innerText: WebDriver's text counts Cockpit's route container as not displayed.
	 */
	private String viewText(String css) {
		Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
			.executeScript("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
		return text == null ? "" : text.toString();
	}

	private void waitForView(String text) {
		browser.wait.until(d -> viewText(".partnerships-partner").contains(text));
	}

	/**
	 * The view's data as the user's web-app session reads it (a Tasklist login, then the
	 * plugin's resource).
	 */
	private int status(String user) {
		EngineDoors doors = new EngineDoors(port);
		EngineDoors.Caller caller = user == null ? doors.anonymous(EngineDoors.Door.WEBAPP)
				: doors.as(user, EngineDoors.Door.WEBAPP);
		return caller.getFromRoot("/camunda/api/cockpit/plugin/partnerships/default/partners/" + TAILSPIN).statusCode();
	}

}
