package com.partnerlifecycle.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through its own chromedriver: nothing is downloaded
 * at test time. A missing browser fails the test with the command that installs it (never
 * a silent skip).
 */
final class Browser implements AutoCloseable {

	// the build's chromium.path and chromedriver.path (pom.xml), which checks them before
	// any test runs
	static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final WebDriver driver;

	final WebDriverWait wait;

	private final String baseUrl;

	Browser(String baseUrl) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("The browser tests need Chromium and its ChromeDriver at " + CHROMIUM
					+ " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
		}
		System.setProperty("SE_OFFLINE", "true");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--window-size=1400,1000", "--disable-background-networking", "--disable-component-update",
					"--no-first-run", "--disable-sync", "--lang=en-US");
		// the browser's console (errors, failed requests) for consoleErrors(), and its
		// network events for calls()
		org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
		logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
		logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		this.baseUrl = baseUrl;
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	/** Logs in on a Camunda web app's login page. */
	void login(String user, String password) {
		WebElement name = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
		name.sendKeys(user);
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type='submit']")).click();
	}

	WebElement visible(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Scrolls the element into view and clicks it, as a person would after scrolling. */
	void click(By by) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			wait.until(ExpectedConditions.elementToBeClickable(element)).click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException covered) {
			// a Tasklist notification can lie over the form for a moment: click through
			// it
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		}
	}

	void waitForText(By by, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	/**
	 * What a Camunda form shows: its text and the values of its fields (context is shown
	 * in disabled fields, whose values are not part of an element's text).
	 */
	String formText() {
		Object text = ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("const form = document.querySelector('.fjs-container'); if (!form) return '';"
					+ " return form.innerText + '\\n' + Array.from(form.querySelectorAll('input, textarea'))"
					+ ".map(field => field.value).join('\\n');");
		return text == null ? "" : text.toString();
	}

	/** Waits until the form shows the text, in its text or in a field. */
	void waitForFormText(String text) {
		wait.until(d -> formText().contains(text));
	}

	/**
	 * An element whose visible text contains the given text, e.g. a label or a list
	 * entry.
	 */
	static By withText(String css, String text) {
		return By.xpath("//*[self::" + css + "][contains(normalize-space(.), \"" + text + "\")]");
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(png, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What the browser's console reported as an error since the last call: a request that
	 * failed (a 4xx or 5xx answer, a network error) or a script error. Empty when the
	 * pages worked.
	 */
	java.util.List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(entry -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	/**
	 * An HTTP request the page sent to an API: its method, its URL and its body (null for
	 * none), and when the browser sent it (ms since the epoch).
	 */
	record Call(String method, String url, String body, long sentAt) {

		/** The URL's path and query, without the scheme and the host. */
		String pathAndQuery() {
			java.net.URI uri = java.net.URI.create(url);
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	// the Chrome request ids of the API calls sent and not yet answered
	private final java.util.Set<String> callsInFlight = new java.util.HashSet<>();

	// what a page loads as a file, not as an API call (Cockpit serves plugins' scripts
	// under /camunda/api/.../static/)
	private static final Pattern STATIC_FILE = Pattern
		.compile(".*\\.(js|mjs|css|map|html?|woff2?|ttf|eot|otf|svg|png|gif|jpe?g|ico|webp)$");

	/**
	 * The API calls the pages sent since the last call, in the order sent: the requests
	 * to /camunda/api/ (the web apps' engine and plugin API) and /api/ (the product API),
	 * without static files. Read from Chrome's performance log (its
	 * Network.requestWillBeSent events), which this drains; the console of
	 * consoleErrors() is a log of its own.
	 */
	List<Call> calls() {
		List<Call> calls = new ArrayList<>();
		for (org.openqa.selenium.logging.LogEntry entry : driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.PERFORMANCE)
			.getAll()) {
			JsonNode message;
			try {
				message = JSON.readTree(entry.getMessage()).path("message");
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException e) {
				throw new IllegalStateException("Chrome's performance log holds no JSON: " + entry.getMessage(), e);
			}
			String event = message.path("method").asText();
			String requestId = message.path("params").path("requestId").asText();
			if ("Network.loadingFinished".equals(event) || "Network.loadingFailed".equals(event)) {
				callsInFlight.remove(requestId);
			}
			if (!"Network.requestWillBeSent".equals(event)) {
				continue;
			}
			JsonNode request = message.path("params").path("request");
			String url = request.path("url").asText();
			if (isApiCall(url)) {
				callsInFlight.add(requestId);
				calls.add(new Call(request.path("method").asText(), url, body(request), entry.getTimestamp()));
			}
		}
		return calls;
	}

	/**
	 * The request's body: Chrome's postData, or, where it leaves that out (a large body),
	 * its postDataEntries (base64).
	 */
	private static String body(JsonNode request) {
		if (request.hasNonNull("postData")) {
			return request.get("postData").asText();
		}
		if (!request.path("hasPostData").asBoolean(false)) {
			return null;
		}
		StringBuilder body = new StringBuilder();
		request.path("postDataEntries")
			.forEach(part -> body.append(new String(java.util.Base64.getDecoder().decode(part.path("bytes").asText()),
					java.nio.charset.StandardCharsets.UTF_8)));
		return body.toString();
	}

	/**
	 * Whether an API call that calls() returned still waits for its answer (as of the
	 * last calls()).
	 */
	boolean callsInFlight() {
		return !callsInFlight.isEmpty();
	}

	private static boolean isApiCall(String url) {
		if (!url.startsWith("http")) {
			return false; // data:, blob:
		}
		String path = java.net.URI.create(url).getRawPath();
		return path != null && (path.startsWith("/camunda/api/") || path.startsWith("/api/"))
				&& !STATIC_FILE.matcher(path.toLowerCase(java.util.Locale.ROOT)).matches();
	}

	/**
	 * One of the login page's two known failing requests: it asks for a session (404
	 * before one exists) and for Camunda Run's welcome page (which this application does
	 * not have; Camunda ignores the answer).
	 */
	static boolean isLoginProbe(String error) {
		return error
			.contains("/camunda/api/admin/auth/user/default - Failed to load resource: the server responded "
					+ "with a status of 404")
				|| error.contains(
						"/camunda-welcome - Failed to load resource: the server " + "responded with a status of 404");
	}

	@Override
	public void close() {
		driver.quit();
	}

}
