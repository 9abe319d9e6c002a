package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.review.PerceptionGap;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewRecommendation;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ReviewStatus;
import com.partnerlifecycle.review.ReviewTopic;
import com.partnerlifecycle.review.ValueRatings;

/**
 * A business review meeting in a real browser: our executive and the partner's
 * representative each rate before the meeting in Tasklist and put a topic on the agenda
 * with the dynamic list's "Add new"; once both have rated, the executive deciding sees
 * both sides' ratings with the perception gaps (one flagged) and both sides' topics. No
 * page reports a failing request in the browser's console. A partner of its own, so the
 * demo's Fabrikam stays at scheduling for the other tests and the README.
 */
@WebAppTest
class ReviewMeetingJourneyTest {

	static final String TAILSPIN = "tailspin-managed-services";

	static final String FABRIKAM = "fabrikam-data-center";

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	ReviewService reviews;

	@LocalServerPort
	int port;

	Browser browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		driver.resetClock();
	}

	@Test
	void shouldShowBothSidesRatingsGapsAndTopicsToTheExecutivesOnceBothRated() {
		// given an active partnership whose review meeting is set: both sides' rating
		// tasks wait
		Lifecycles lifecycles = new Lifecycles(context);
		String partnerId = lifecycles.active();
		String partnerName = partners.get(partnerId).getName();
		String representative = lifecycles.representative(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		driver.resetClock();

		// when erik rates for our side (4 everywhere) and puts an imperative on the
		// agenda
		String buyerTask = driver.openTask(partnerId, ReviewProcess.RATE_BUYER).getId();
		rate(buyerTask, "erik", partnerName, new int[] { 4, 4, 4, 4 }, "Savings in the period", "120000",
				"Revenue the partnership enabled", "30000", "Imperative", "Evening service desk",
				"Shift workers need help until 22:00.");
		browser.wait.until(d -> driver.openTasks(partnerId, ReviewProcess.RATE_BUYER).isEmpty());
		assertNoFailedRequestAfterCompleting(buyerTask, "erik's rating");

		// and the partner's representative rates transparency 2 and proposes a topic of
		// its own
		String providerTask = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER).getId();
		rate(providerTask, representative, partnerName, new int[] { 4, 2, 4, 4 }, "Revenue from us in the period",
				"150000", "Cross-business revenue", "0", "Proposal", "Shared monthly service report",
				"Incidents, costs and plans in one report.");
		browser.wait.until(d -> driver.openTasks(partnerId, ReviewProcess.RATE_PROVIDER).isEmpty());
		assertNoFailedRequestAfterCompleting(providerTask, "the representative's rating");
		driver.executeDueJobs(partnerId); // the agenda goes out
		new com.partnerlifecycle.Lifecycles(context).recordMinutesAndAccept(partnerId); // the
																						// decision
																						// waits

		// then eva sees both sides' ratings side by side, transparency's gap of 2
		// flagged, and both sides' topics
		String decisionTask = driver.openTask(partnerId, ReviewProcess.DECIDE_OUTCOME).getId();
		open(decisionTask, "eva");
		browser.waitForFormText("⚑ flagged");
		assertThat(rows("Ratings (1–5)")).containsExactly(List.of("Cooperative", "4", "4", "0", ""),
				List.of("Transparent", "4", "2", "2", "⚑ flagged"), List.of("End-user focused", "4", "4", "0", ""),
				List.of("Innovation-driven", "4", "4", "0", ""));
		assertThat(rows("Agenda topics")).containsExactlyInAnyOrder(
				List.of("Our side", "Imperative", "Evening service desk", "Shift workers need help until 22:00."),
				List.of(partnerName, "Proposal", "Shared monthly service report",
						"Incidents, costs and plans in one report."));
		assertThat(rows("Balance of value"))
			.contains(List.of("1", reviewOf(partnerId).getDueDate().toString(), "150,000 EUR", "150,000 EUR"));
		assertThat(browser.formText()).contains("Transparent (we 4, " + partnerName + " 2)")
			.doesNotContain("Did not rate");
		showTable("Ratings (1–5)");
		browser.screenshot("11-review-decision-with-perception-gaps");
		assertNoFailedRequest("the decision form");

		// and her decision is taken as before
		browser.click(By.cssSelector("button.claim"));
		browser.click(Browser.withText("label", "Continue the partnership"));
		browser.click(By.cssSelector("button[ng-click='complete()']"));
		browser.wait.until(d -> reviewOf(partnerId).getDecision() == ReviewRecommendation.CONTINUE);
		assertNoFailedRequestAfterCompleting(decisionTask, "the decision");
	}

	@Test
	void shouldStartTheDemoWithTailspinsFlaggedGapAndFabrikamsReviewToSchedule() {
		// Tailspin's second review: transparency 4 : 2 flagged, a topic from each side,
		// still two healthy reviews
		Review second = reviews.history(TAILSPIN).get(1);
		assertThat(reviews.perceptionGaps(second.getId())).filteredOn(PerceptionGap::flagged)
			.singleElement()
			.satisfies(gap -> {
				assertThat(gap.value()).isEqualTo(ValueRatings.Value.TRANSPARENT);
				assertThat(List.of(gap.buyer(), gap.provider(), gap.gap())).containsExactly(4, 2, 2);
			});
		assertThat(reviews.topicsOf(second.getId())).extracting(ReviewTopic::getSide)
			.containsExactlyInAnyOrder(Side.BUYER, Side.PROVIDER);
		assertThat(reviews.history(TAILSPIN)).extracting(Review::getHealthy).containsExactly(true, true);
		assertThat(partners.get(TAILSPIN).getMode()).isEqualTo(Mode.PARTNER);

		// Fabrikam's first review waits to be scheduled (TasklistJourneyTest, in the same
		// context, may have scheduled it)
		assertThat(reviews.history(FABRIKAM)).singleElement().satisfies(first -> {
			assertThat(first.getNumber()).isEqualTo(1);
			assertThat(first.getStatus()).isIn(ReviewStatus.OPEN, ReviewStatus.SCHEDULED);
			if (first.getStatus() == ReviewStatus.OPEN) {
				assertThat(driver.openTasks(FABRIKAM, ReviewProcess.SCHEDULE_MEETING)).hasSize(1);
			}
		});
	}

	/**
	 * Opens the rating task as the user, claims it, rates the four values, states both
	 * values, adds one topic.
	 */
	private void rate(String taskId, String user, String partnerName, int[] ratings, String firstLabel, String first,
			String secondLabel, String second, String kind, String title, String text) {
		open(taskId, user);
		browser.waitForFormText(partnerName);
		browser.click(By.cssSelector("button.claim"));
		String[] values = { "Cooperative", "Transparent", "End-user focused", "Innovation-driven" };
		for (int i = 0; i < values.length; i++) {
			input(values[i]).sendKeys(String.valueOf(ratings[i]));
		}
		input(firstLabel).sendKeys(first);
		input(secondLabel).sendKeys(second);
		browser.click(By.cssSelector(".fjs-repeat-render-add"));
		browser.click(By.xpath(
				"//label[starts-with(normalize-space(.), 'Kind')]/ancestor::div[contains(@class, 'fjs-form-field')][1]"
						+ "//div[contains(@class, 'fjs-input-group')]"));
		browser.click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(., '" + kind + "')]"));
		browser.driver.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Title')]/following::input[1]"))
			.sendKeys(title);
		browser.driver.findElement(By.xpath("//label[contains(., 'In a few sentences')]/following::textarea[1]"))
			.sendKeys(text);
		browser.click(By.cssSelector("button[ng-click='complete()']"));
	}

	/** A fresh browser, logged in as the user, on the task. */
	private void open(String taskId, String user) {
		if (browser != null) {
			browser.close();
		}
		browser = new Browser("http://localhost:" + port);
		browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
		browser.login(user, "demo");
		browser.visible(By.cssSelector(".fjs-container"));
		// the login page asks for a session (404 before one exists) and for Camunda Run's
		// welcome page (which this
		// application does not have; Camunda ignores the answer): nothing else may fail
		// before the task shows
		assertThat(browser.consoleErrors()).as("errors in the browser's console on the login page")
			.allMatch(Browser::isLoginProbe);
	}

	private WebElement input(String label) {
		return browser.driver
			.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]/following::input[1]"));
	}

	private By table(String label) {
		return By.xpath("//div[contains(@class, 'fjs-form-field-table')][.//label[contains(., '" + label + "')]]");
	}

	/** The cells of a form table, row by row. */
	private List<List<String>> rows(String label) {
		return browser.visible(table(label))
			.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("td")).stream().map(cell -> cell.getText().strip()).toList())
			.toList();
	}

	private void showTable(String label) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
				browser.driver.findElement(table(label)));
	}

	private void assertNoFailedRequest(String page) {
		assertThat(browser.consoleErrors()).as("errors in the browser's console on %s", page).isEmpty();
	}

	/**
	 * After a completion: once Tasklist has left the task and listed the tasks again,
	 * nothing failed. Tasklist itself may still be reading the task it has just completed
	 * (404 after the completion, or the engine's 500 "Cannot find task" while the
	 * completion commits); that one request is the only one allowed to fail.
	 */
	private void assertNoFailedRequestAfterCompleting(String taskId, String page) {
		browser.wait.until(d -> !d.getCurrentUrl().contains("task=" + taskId));
		try {
			Thread.sleep(1500); // Tasklist lists the tasks again after the completion
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		assertThat(browser.consoleErrors()).as("errors in the browser's console on %s", page)
			.allMatch(error -> error.contains("/engine/default/task/" + taskId + " - Failed to load resource"));
	}

	private Review reviewOf(String partnerId) {
		return reviews.history(partnerId).get(0);
	}

}
