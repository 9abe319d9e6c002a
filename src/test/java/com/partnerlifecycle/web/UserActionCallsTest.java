package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.PartnerService.Registration;
import com.partnerlifecycle.partner.Stage;

/**
 * Records the HTTP calls Tasklist and Cockpit send for four things a sourcing manager
 * does, in a real browser, so that the benchmark harness can replay them: open a task
 * from the list, claim and complete it, open Cockpit's Partnerships dashboard, open a
 * partner's view from it. Each action starts on a page that has loaded and ends when its
 * result shows and the network is quiet. The calls, with the run's ids as placeholders,
 * go to target/user-action-calls.tsv and must match the committed
 * src/test/resources/benchmark/user-action-calls.tsv.
 */
@WebAppTest
class UserActionCallsTest {

	static final Path RECORDING = Path.of("target", "user-action-calls.tsv");

	static final Path COMMITTED = Path.of("src", "test", "resources", "benchmark", "user-action-calls.tsv");

	static final String HEADER = """
			# The HTTP calls Tasklist and Cockpit send for four user actions of a sourcing manager (sofia),
			# one call a line, tab-separated: action, method, path?query, body (empty for none).
			# UserActionCallsTest records them in a real browser (Chromium) against the demo data and
			# compares them with this file; the benchmark harness replays them.
			# open-task: in Tasklist's filter "Sourcing tasks", a click on a "Plan the pilot projects" card
			#   until its form shows and the network is quiet.
			# complete-task: Claim, fill in the form, Complete, until the partner is in its pilots and
			#   Tasklist has reloaded its list.
			# dashboard: from another Cockpit page, a click on Cockpit's banner (the dashboard) until
			#   the Partnerships dashboard shows.
			# partner-view: on the dashboard, a click on "Fabrikam Data Center" until its partner view shows.
			# Placeholders for the run's values: {taskId} {processInstanceId} {processDefinitionId}
			# {executionId} {deploymentId} {filterId} {userId} (the logged-in user) {partnerId}
			# {formBody} (the submitted form's values) {now} (cache busters, the time of the request).
			# Per action the lines are compared as a multiset: parallel requests go out in any order.
			# Tasklist's own refresh (every 10 s) is kept out: each Tasklist action starts right after one.
			""";

	/** No call for this long, and none waiting for its answer: the network is quiet. */
	static final long QUIET_MILLIS = 1500;

	/** Tasklist's refresh ($interval in its root controller). */
	static final long TASKLIST_REFRESH_MILLIS = 10_000;

	static final String USER = "sofia";

	static final By LOGIN = By.cssSelector("input[ng-model='username']");

	static final By BANNER = By.cssSelector("a.navbar-brand");

	static final String FABRIKAM = "fabrikam-data-center";

	static final Pattern ID = Pattern.compile("(?:([A-Za-z_][\\w.-]*)(?::|%3A)(\\d+)(?::|%3A))?"
			+ "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

	static final Pattern UUID_LIKE = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	// a time of the request: an ISO date-time (as is or URL-encoded), or a cache buster
	static final Pattern TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}(?::|%3A)\\d{2}(?:(?::|%3A)\\d{2}(?:\\.\\d+)?)?"
				+ "(?:Z|[+-]\\d{2}(?::|%3A)?\\d{2}|%2B\\d{2}(?::|%3A)?\\d{2})?");

	// a query value that is a time in ms (jQuery's _=, Tasklist's noCache=)
	static final Pattern CACHE_BUSTER = Pattern.compile("([?&][\\w.-]+=)1\\d{12}(?=&|$)");

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	FilterService filterService;

	Browser browser;

	final Map<String, List<Browser.Call>> recorded = new LinkedHashMap<>();

	@BeforeEach
	void openBrowser() {
		browser = new Browser("http://localhost:" + port);
	}

	@AfterEach
	void closeBrowser() {
		browser.screenshot("user-action-calls-last-page");
		browser.close();
	}

	@Test
	void shouldRecordTheCallsOfFourUserActions() throws IOException {
		// given a candidate of its own whose "Plan the pilot projects" is the newest
		// sourcing task (other tests complete the demo's Initech's)
		String partnerId = registerNewestCandidate();
		String name = partners.get(partnerId).getName();
		Task task = driver.openTask(partnerId, LifecycleProcess.PLAN_PILOTS);

		// sofia in Tasklist, in her filter "Sourcing tasks"
		browser.open("/camunda/app/tasklist/default/");
		logIn(Browser.withText("h4", "Sourcing tasks"));
		browser.click(Browser.withText("h4", "Sourcing tasks"));
		By card = By.xpath("//li[contains(@class, 'task')][contains(., '" + name + "')]//h4");
		browser.visible(card);
		assertThat(browser.consoleErrors()).as("errors in the browser's console on Tasklist's login")
			.allMatch(Browser::isLoginProbe);

		recordInTasklist("open-task", () -> browser.click(card), () -> browser.waitForFormText(name));
		recordInTasklist("complete-task", () -> {
			browser.click(By.cssSelector("button.claim"));
			planOnePilot();
			browser.click(By.cssSelector("button[ng-click='complete()']"));
		}, () -> browser.wait.until(d -> partners.get(partnerId).getStage() == Stage.PILOT));

		// Cockpit: another page first, so the dashboard is what a click brings, not
		// Cockpit's start
		browser.open("/camunda/app/cockpit/default/#/processes");
		browser.wait.until(d -> !d.findElements(LOGIN).isEmpty() || !d.findElements(BANNER).isEmpty());
		if (!browser.driver.findElements(LOGIN).isEmpty()) {
			logIn(BANNER);
		}
		browser.waitForText(By.cssSelector("body"), "Partnership lifecycle");
		untilQuiet(new ArrayList<>());
		assertThat(browser.consoleErrors()).as("errors in the browser's console on Cockpit's processes")
			.allMatch(Browser::isLoginProbe);

		record("dashboard", () -> browser.click(BANNER),
				() -> browser.waitForText(By.cssSelector(".partnerships"), "Reviews due in the next 30 days"));
		record("partner-view", () -> browser.click(By.linkText("Fabrikam Data Center")), () -> {
			browser.waitForText(By.cssSelector(".partnerships-partner"), "Fabrikam Data Center");
			browser.visible(By.linkText("Its lifecycle in Cockpit"));
			browser.visible(By.cssSelector(".partnerships-partner .partnerships-chart svg"));
		});

		// then each action sent calls, and they are the committed ones
		recorded.forEach((action, calls) -> assertThat(calls).as("the calls of %s", action).isNotEmpty());
		List<String> lines = normalized(partnerId, name, task);
		Files.createDirectories(RECORDING.getParent());
		Files.writeString(RECORDING, HEADER + String.join("\n", lines) + "\n");
		assertThat(lines).as("lines with an id no placeholder stands for")
			.noneMatch(line -> UUID_LIKE.matcher(line).find());
		compareWithCommitted(lines);
	}

	/**
	 * Logs in as sofia until the page shows the element: once more if the login page is
	 * still there (it may draw its form anew while the first attempt types).
	 */
	private void logIn(By shown) {
		browser.login(USER, "demo");
		try {
			browser.visible(shown);
		}
		catch (org.openqa.selenium.TimeoutException notLoggedIn) {
			browser.screenshot("user-action-calls-login-again");
			if (browser.driver.findElements(LOGIN).isEmpty()) {
				throw notLoggedIn;
			}
			browser.driver.findElement(LOGIN).clear();
			browser.driver.findElement(By.cssSelector("input[ng-model='password']")).clear();
			browser.login(USER, "demo");
			browser.visible(shown);
		}
	}

	/**
	 * Registers a candidate whose plan task is the newest of the sourcing managers' tasks
	 * (Tasklist lists them newest first), even after tests that moved the engine's clock
	 * ahead.
	 */
	private String registerNewestCandidate() {
		Instant at = Instant.now();
		Task newest = taskService.createTaskQuery()
			.taskCandidateGroup(Groups.SOURCING_MANAGERS)
			.includeAssignedTasks()
			.orderByTaskCreateTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		if (newest != null && !newest.getCreateTime().toInstant().isBefore(at)) {
			at = newest.getCreateTime().toInstant().plusSeconds(1);
		}
		String[] id = new String[1];
		driver.clockAt(at);
		try {
			driver.asUser(USER,
					() -> id[0] = partners
						.register(new Registration("Recorded Partner " + UUID.randomUUID().toString().substring(0, 8),
								null, null, 1))
						.getId());
		}
		finally {
			driver.resetClock();
		}
		return id[0];
	}

	/** What TasklistJourneyTest plans: one pilot with two criteria, both sides' gains. */
	private void planOnePilot() {
		browser.driver.findElement(By.xpath("//label[contains(., 'Pilot title')]/following::input[1]"))
			.sendKeys("Take over the payroll batch");
		browser.driver.findElement(By.xpath("//label[contains(., 'Pilot ends on')]/following::input[1]"))
			.sendKeys(LocalDate.now().plusMonths(2).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.TAB);
		browser.driver.findElement(By.xpath("//label[contains(., 'Success criteria')]/following::textarea[1]"))
			.sendKeys("Every run on time", Keys.ENTER, "No manual correction");
		browser.driver.findElement(By.xpath("//label[contains(., 'What we expect to gain')]/following::textarea[1]"))
			.sendKeys("Lower run costs");
		browser.driver.findElement(By.xpath("//label[contains(., 'provider expects to gain')]/following::textarea[1]"))
			.sendKeys("A reference customer");
	}

	/**
	 * Records an action in Tasklist, started right after one of its refreshes so that the
	 * next one (10 s later) falls after the action.
	 */
	private void recordInTasklist(String action, Runnable act, Runnable shown) {
		untilQuiet(new ArrayList<>());
		Long refresh = nextRefresh();
		List<Browser.Call> calls = record(action, act, shown);
		if (refresh != null) {
			System.out.printf("%s: its calls went out from %d ms to %d ms after Tasklist's refresh%n", action,
					calls.get(0).sentAt() - refresh, calls.get(calls.size() - 1).sentAt() - refresh);
			long nextRefresh = refresh + TASKLIST_REFRESH_MILLIS - 300;
			assertThat(calls)
				.as("%s's calls before Tasklist's next refresh (a busy machine makes the action slow)", action)
				.allMatch(call -> call.sentAt() < nextRefresh);
		}
	}

	/**
	 * Waits for Tasklist's next refresh (what an idle Tasklist sends) and until it is
	 * answered: when it was sent, or null when none came.
	 */
	private Long nextRefresh() {
		long until = System.currentTimeMillis() + TASKLIST_REFRESH_MILLIS + 2000;
		while (System.currentTimeMillis() < until) {
			List<Browser.Call> calls = browser.calls();
			if (!calls.isEmpty()) {
				untilQuiet(new ArrayList<>(calls), 700);
				return calls.get(0).sentAt();
			}
			sleep(50);
		}
		return null;
	}

	/**
	 * The calls from the action until its result shows and the network is quiet, recorded
	 * under the action's name.
	 */
	private List<Browser.Call> record(String action, Runnable act, Runnable shown) {
		browser.calls(); // what the page before sent
		act.run();
		shown.run();
		List<Browser.Call> calls = new ArrayList<>(browser.calls());
		untilQuiet(calls);
		recorded.put(action, calls);
		assertThat(browser.consoleErrors()).as("errors in the browser's console in %s", action).isEmpty();
		return calls;
	}

	private void untilQuiet(List<Browser.Call> into) {
		untilQuiet(into, QUIET_MILLIS);
	}

	/**
	 * Collects calls until none was sent for the given time and none waits for its
	 * answer.
	 */
	private void untilQuiet(List<Browser.Call> into, long quietMillis) {
		long giveUp = System.currentTimeMillis() + 60_000;
		long last = System.currentTimeMillis();
		while (System.currentTimeMillis() - last < quietMillis || browser.callsInFlight()) {
			if (System.currentTimeMillis() > giveUp) {
				throw new AssertionError("The network never became quiet; the last calls: " + into);
			}
			sleep(100);
			List<Browser.Call> more = browser.calls();
			if (!more.isEmpty() || browser.callsInFlight()) {
				into.addAll(more);
				last = System.currentTimeMillis();
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	// the recording as lines

	private List<String> normalized(String partnerId, String partnerName, Task task) {
		Map<String, String> ids = ids(task);
		List<String> lines = new ArrayList<>();
		recorded.forEach((action, calls) -> calls.forEach(call -> {
			String target = placeholders(call.pathAndQuery(), ids, partnerId, partnerName);
			String body = call.body() == null ? ""
					: call.method().equals("POST") && call.pathAndQuery().matches(".*/task/[^/?]+/submit-form(\\?.*)?")
							? "{formBody}" : placeholders(call.body(), ids, partnerId, partnerName);
			lines.add(String.join("\t", action, call.method(), target,
					body.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")));
		}));
		return lines;
	}

	/**
	 * The run's ids and what stands for them: the task's first, then every other id the
	 * engine knows (a process instance's id is also its execution's: the first kind
	 * wins).
	 */
	private Map<String, String> ids(Task task) {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put(task.getId(), "{taskId}");
		historyService.createHistoricTaskInstanceQuery()
			.list()
			.forEach(other -> ids.putIfAbsent(other.getId(), "{taskId}"));
		historyService.createHistoricProcessInstanceQuery()
			.list()
			.forEach(instance -> ids.putIfAbsent(instance.getId(), "{processInstanceId}"));
		repositoryService.createProcessDefinitionQuery()
			.list()
			.forEach(definition -> ids.putIfAbsent(definition.getId(), "{processDefinitionId}"));
		runtimeService.createExecutionQuery()
			.list()
			.forEach(execution -> ids.putIfAbsent(execution.getId(), "{executionId}"));
		repositoryService.createDeploymentQuery()
			.list()
			.forEach(deployment -> ids.putIfAbsent(deployment.getId(), "{deploymentId}"));
		filterService.createFilterQuery().list().forEach(filter -> ids.putIfAbsent(filter.getId(), "{filterId}"));
		return ids;
	}

	private static String placeholders(String text, Map<String, String> ids, String partnerId, String partnerName) {
		Matcher id = ID.matcher(text);
		StringBuilder replaced = new StringBuilder();
		while (id.find()) {
			String whole = id.group().replace("%3A", ":");
			String placeholder = ids.containsKey(whole) ? ids.get(whole)
					: id.group(1) == null ? ids.get(id.group(3)) : null;
			if (placeholder == null && ids.containsKey(id.group(3))) {
				// a known id behind something else's prefix: keep the prefix
				placeholder = id.group().substring(0, id.start(3) - id.start()) + ids.get(id.group(3));
			}
			id.appendReplacement(replaced, Matcher.quoteReplacement(placeholder == null ? id.group() : placeholder));
		}
		id.appendTail(replaced);
		String result = replaced.toString();
		for (String partner : List.of(partnerId, FABRIKAM)) {
			result = result.replace(partner, "{partnerId}");
		}
		for (String name : List.of(partnerName, URLEncoder.encode(partnerName, StandardCharsets.UTF_8),
				partnerName.replace(" ", "%20"))) {
			result = result.replace(name, "{partnerName}");
		}
		result = result.replaceAll("\\b" + USER + "\\b", "{userId}");
		result = CACHE_BUSTER.matcher(result).replaceAll("$1{now}");
		return TIME.matcher(result).replaceAll("{now}");
	}

	// the comparison

	private void compareWithCommitted(List<String> lines) throws IOException {
		Map<String, List<String>> expected = byAction(
				Files.exists(COMMITTED) ? Files.readAllLines(COMMITTED, StandardCharsets.UTF_8) : List.of());
		Map<String, List<String>> actual = byAction(lines);
		if (expected.equals(actual)) {
			return;
		}
		StringBuilder difference = new StringBuilder();
		java.util.Set<String> actions = new java.util.TreeSet<>(expected.keySet());
		actions.addAll(actual.keySet());
		for (String action : actions) {
			List<String> missing = new ArrayList<>(expected.getOrDefault(action, List.of()));
			List<String> extra = new ArrayList<>(actual.getOrDefault(action, List.of()));
			new ArrayList<>(missing).forEach(line -> {
				if (extra.remove(line)) {
					missing.remove(line);
				}
			});
			missing.forEach(line -> difference.append("\n  - ").append(line));
			extra.forEach(line -> difference.append("\n  + ").append(line));
		}
		throw new AssertionError(
				"The calls of the user actions differ from " + COMMITTED + " (- committed only, + recorded only):"
						+ difference + "\nIf the new calls are right, copy " + RECORDING + " to " + COMMITTED);
	}

	/** The lines of each action, sorted (comments and blank lines left out). */
	private static Map<String, List<String>> byAction(List<String> lines) {
		Map<String, List<String>> byAction = new TreeMap<>();
		lines.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.forEach(line -> byAction.computeIfAbsent(line.split("\t", 2)[0], action -> new ArrayList<>()).add(line));
		byAction.values().forEach(actionLines -> actionLines.sort(null));
		return byAction;
	}

}
