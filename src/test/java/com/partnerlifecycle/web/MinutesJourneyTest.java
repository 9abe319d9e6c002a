package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.FormValues.NewActionItem;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.followup.ActionItem;
import com.partnerlifecycle.followup.ActionItemService;
import com.partnerlifecycle.followup.ActionItemStatus;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;

/**
 * The minutes of a business review meeting in a real browser: the first review left one
 * action item open; at the second, sofia opens "Record the minutes" in Tasklist, finds
 * that item's row there with the item chosen, carries it over to a new date, and adds a
 * new action item with "Add new", its owner picked from the partner's people (the
 * select's options come from a root variable, inside the dynamic list). The owner then
 * reports the new item done in Tasklist. No page reports a failing request in the
 * browser's console. A partner of its own, so the demo stays as it is for the other tests
 * and the README.
 */
@WebAppTest
class MinutesJourneyTest {

	static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	ReviewService reviews;

	@Autowired
	ActionItemService actionItems;

	@Autowired
	TaskService taskService;

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
	void shouldCarryOverAnEarlierItemAndFollowANewOneToItsOwnersReport() {
		// given a partnership whose first review left one action item open, owned by
		// sofia
		Lifecycles lifecycles = new Lifecycles(context);
		String partnerId = lifecycles.active();
		String partnerName = partners.get(partnerId).getName();
		String representative = lifecycles.representative(partnerId);
		untilTheMinutes(lifecycles, partnerId);
		Review first = latestReview(partnerId);
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
				FormValues.recordMinutes("We went through both sides' ratings.", List.of(),
						new NewActionItem("Share the capacity plan", "user:sofia", lifecycles.inDays(60))));
		driver.executeDueJobs(partnerId);
		driver.complete(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, representative, FormValues.acceptMinutes());
		driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva", FormValues.decideReview("CONTINUE", null));
		ActionItem earlier = actionItems.ofReview(first.getId()).get(0);

		// and its second review's meeting took place: "Record the minutes" waits for the
		// sourcing managers
		untilTheMinutes(lifecycles, partnerId);
		Review second = latestReview(partnerId);
		assertThat(second.getId()).isNotEqualTo(first.getId());
		assertThat(actionItems.get(earlier.getId()).getStatus()).as("still open at the second review")
			.isIn(ActionItemStatus.OPEN, ActionItemStatus.BLOCKED);
		LocalDate carriedTo = lifecycles.inDays(45);
		LocalDate newDue = lifecycles.inDays(30);
		driver.resetClock();

		// when sofia opens the minutes: the earlier item's row is there with the item
		// chosen
		String minutesTask = driver.openTask(partnerId, ReviewProcess.RECORD_MINUTES).getId();
		open(minutesTask, "sofia");
		browser.waitForFormText(partnerName);
		browser.waitForFormText("Share the capacity plan");
		WebElement earlierList = browser.visible(list("Earlier action items"));
		assertThat(earlierList.findElements(By.cssSelector(".fjs-form-field-select"))).as("one row per open item")
			.hasSize(1);
		assertThat(selectedText(earlierList)).contains("Share the capacity plan", "Sofia",
				"due " + earlier.getDueDate());
		browser.click(By.cssSelector("button.claim"));

		// and writes the summary, carries the earlier item over to a new date
		browser.driver
			.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Summary')]/following::textarea[1]"))
			.sendKeys("Both sides rated the partnership; the capacity plan needs the new budget.");
		browser.click(Browser.withText("label", "Carried over to a new date"));
		WebElement carriedDate = browser.visible(By.xpath("//label[contains(., 'New due date')]/following::input[1]"));
		carriedDate.sendKeys(carriedTo.format(TYPED), Keys.TAB);
		browser.driver.findElement(By.xpath("//label[contains(., 'Note (the reason')]/following::textarea[1]"))
			.sendKeys("Waits for the budget");

		// and adds a new action item owned by the partner's representative, picked from
		// the owner choices
		browser.click(By.xpath("(//button[contains(@class, 'fjs-repeat-render-add')])[last()]"));
		WebElement newList = browser.visible(list("New action items"));
		newList
			.findElement(
					By.xpath(".//label[starts-with(normalize-space(.), 'What is to be done')]/following::input[1]"))
			.sendKeys("Send the monthly service report");
		browser.click(By.xpath("//label[starts-with(normalize-space(.), 'Owner')]/ancestor::div[contains(@class, "
				+ "'fjs-form-field')][1]//div[contains(@class, 'fjs-input-group')]"));
		List<String> owners = browser.driver.findElements(By.cssSelector(".fjs-dropdownlist-item"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(owners).as("the owner choices inside the dynamic list (valuesKey ownerOptions)")
			.contains("Pat Provider (" + partnerName + ")")
			.anyMatch(label -> label.endsWith("(our side)"));
		browser.click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = 'Pat Provider ("
				+ partnerName + ")']"));
		browser.driver.findElement(By.xpath("//label[contains(., 'Due date')]/following::input[1]"))
			.sendKeys(newDue.format(TYPED), Keys.TAB);
		// the form full width, without the task list: this task was created in the
		// engine's future (two reviews
		// ahead), which Tasklist's list would show as "Created in a year"
		browser.click(By.cssSelector("button.maximize[data-region='task']"));
		browser.click(Browser.withText("h4", "Action items of earlier reviews")); // closes
																					// the
																					// next
																					// select's
																					// list
		assertThat(browser.driver.findElements(By.cssSelector(".fjs-dropdownlist"))).isEmpty();
		showElement(list("Earlier action items"));
		browser.screenshot("13-record-minutes");
		assertNoFailedRequest("the minutes form");
		browser.click(By.cssSelector("button[ng-click='complete()']"));
		browser.wait.until(d -> driver.openTasks(partnerId, ReviewProcess.RECORD_MINUTES).isEmpty());
		assertNoFailedRequestAfterCompleting(minutesTask, "the minutes");

		// then the earlier item is carried over to the new date, and the new item is
		// followed with its owner
		ActionItem carried = actionItems.get(earlier.getId());
		assertThat(carried.getStatus()).isEqualTo(ActionItemStatus.OPEN);
		assertThat(carried.getDueDate()).isEqualTo(carriedTo);
		assertThat(carried.getOriginalDueDate()).isEqualTo(earlier.getDueDate());
		assertThat(carried.getStatusReviewId()).isEqualTo(second.getId());
		ActionItem agreed = actionItems.ofReview(second.getId()).stream().findFirst().orElseThrow();
		assertThat(actionItems.ofReview(second.getId())).hasSize(1);
		assertThat(agreed.getTitle()).isEqualTo("Send the monthly service report");
		assertThat(agreed.getOwnerSide()).isEqualTo(Side.PROVIDER);
		assertThat(agreed.getOwnerUserId()).isEqualTo(representative);
		assertThat(agreed.getOwnerName()).isEqualTo("Pat Provider");
		assertThat(agreed.getDueDate()).isEqualTo(newDue);
		assertThat(agreed.getStatus()).isEqualTo(ActionItemStatus.OPEN);

		// when the owner opens "Report on the action item" (its process runs on after the
		// minutes, as a job; the
		// job executor is off here), reports it done with a note
		driver.executeDueJobs(partnerId);
		String reportTask = taskService.createTaskQuery()
			.processInstanceId(agreed.getProcessInstanceId())
			.singleResult()
			.getId();
		open(reportTask, representative);
		browser.waitForFormText("Send the monthly service report");
		assertThat(browser.formText())
			.contains(partnerName, "Business review " + second.getNumber(), "Pat Provider", newDue.toString())
			.as("an item never reported blocked shows no blocked field")
			.doesNotContain("Reported blocked");
		if (!browser.driver.findElements(By.cssSelector("button.claim")).isEmpty()) {
			browser.click(By.cssSelector("button.claim"));
		}
		browser.click(Browser.withText("label", "Done"));
		browser.driver.findElement(By.xpath("//label[contains(., 'What was done')]/following::textarea[1]"))
			.sendKeys("The report for October is on the portal.");
		browser.screenshot("14-report-action-item");
		assertNoFailedRequest("the report form");
		browser.click(By.cssSelector("button[ng-click='complete()']"));

		// then the item is done
		browser.wait.until(d -> actionItems.get(agreed.getId()).getStatus() == ActionItemStatus.DONE);
		assertThat(actionItems.get(agreed.getId()).getStatusNote())
			.isEqualTo("The report for October is on the portal.");
		assertNoFailedRequestAfterCompleting(reportTask, "the report");
	}

	/**
	 * The review's meeting set, both sides rated, the agenda sent: "Record the minutes"
	 * waits.
	 */
	private void untilTheMinutes(Lifecycles lifecycles, String partnerId) {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId),
				FormValues.rateAsProvider(4, 90_000, 0));
		driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", FormValues.rateAsBuyer(4, 100_000, 0));
		driver.executeDueJobs(partnerId);
		assertThat(driver.openTasks(partnerId, ReviewProcess.RECORD_MINUTES)).hasSize(1);
	}

	private Review latestReview(String partnerId) {
		List<Review> history = reviews.history(partnerId);
		return history.get(history.size() - 1);
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

	/** A dynamic list of the form, by its label. */
	private By list(String label) {
		return By.xpath(
				"//label[contains(., '" + label + "')]/ancestor::div[contains(@class, 'fjs-form-field-grouplike')][1]");
	}

	/** What the (first) select in the element shows as chosen. */
	private String selectedText(WebElement within) {
		Object text = ((JavascriptExecutor) browser.driver)
			.executeScript("const select = arguments[0].querySelector('.fjs-form-field-select');"
					+ " return select ? select.innerText + '\\n' + Array.from(select.querySelectorAll('input'))"
					+ ".map(field => field.value).join('\\n') : '';", within);
		return text == null ? "" : text.toString();
	}

	private void showElement(By by) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
				browser.driver.findElement(by));
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

}
