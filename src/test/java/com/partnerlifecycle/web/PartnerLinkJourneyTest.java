package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.util.ServerSetup;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.PromptGreenMail;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.contact.PartnerContact;
import com.partnerlifecycle.contact.PartnerContacts;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;
import static com.partnerlifecycle.reminder.MailTestBase.part;
import static com.partnerlifecycle.reminder.MailTestBase.recipient;
import static com.partnerlifecycle.reminder.MailTestBase.subject;

/**
 * A partner contact without an account rates the partnership through the link in its
 * mail: a real server, a real SMTP server (GreenMail) and Debian's Chromium. The mail
 * carries the link (never its calendar parts); a scanner's GET leaves it usable; a
 * cross-site POST is refused; Continue opens Tasklist on the one task, which the contact
 * rates as itself; the session reaches no other task, no other engine call, no Cockpit,
 * no product API; the used link, a changed one and an expired one are refused alike, and
 * a new one can be mailed. Guessed tokens are refused, look the same, and are
 * rate-limited. Its own context (SMTP on port 3027, no demo data): it runs before every
 * other web test (its order is below IntegrityAttacksTest's), since the shared web
 * context must be the last one created ({@link WebAppTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:links;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "camunda.bpm.webapp.enabled=true",
				"spring.mail.host=127.0.0.1", "spring.mail.port=" + PartnerLinkJourneyTest.SMTP_PORT })
@ActiveProfiles("test")
@Import(TestUsers.class)
@org.junit.jupiter.api.Order(WebAppTest.ORDER - 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class PartnerLinkJourneyTest {

	static final int SMTP_PORT = 3027;

	static final PromptGreenMail smtp = new PromptGreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	static final Pattern LINK = Pattern.compile("(https?://[^\\s\"<]+/partner-access/)([A-Za-z0-9_-]{43})");

	static final String PAT = "pat@provider.example";

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerContacts contacts;

	@Autowired
	PartnerService partners;

	@Autowired
	ReviewService reviews;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	Browser browser;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void emptyMailbox() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		driver.resetClock();
	}

	@Test
	@Order(1)
	void shouldLetAContactRateThroughItsLinkAndNothingElse(CapturedOutput output) throws Exception {
		// given an active partnership whose contact Pat takes part in the review meeting
		// sofia schedules
		Lifecycles lifecycles = new Lifecycles(context);
		String partnerId = lifecycles.active();
		PartnerContact pat = addPat(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Review review = reviews.history(partnerId).get(0);
		Task rating = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);

		// then Pat got one mail asking to rate, with a personal link; the invitation's
		// calendar carries none
		MimeMessage mail = onlyMail("Rate the partnership (partner's side)");
		String text = part(mail, "text/plain");
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("a link in the mail's text").isTrue();
		String url = link.group(1) + link.group(2);
		String token = link.group(2);
		assertThat(url).startsWith("http://localhost:" + port + "/partner-access/");
		assertThat(part(mail, "text/html")).contains("href=\"" + url + "\"");
		assertThat(mailParts(mail)).noneMatch(type -> type.startsWith("text/calendar"));
		for (MimeMessage invitation : mails("Invitation: business review")) {
			assertThat(String.join("\n", allParts(invitation))).doesNotContain("/partner-access/");
		}

		// and the token is stored nowhere: only its SHA-256, in the link's row; no log
		// line, no outbox row, no job
		assertThat(jdbc.queryForObject("select count(*) from partner_link where token_hash = ?", Integer.class,
				sha256(token)))
			.isEqualTo(1);
		for (String table : List.of("reminder", "partner_link", "partner_access_event", "ACT_RU_JOB", "ACT_HI_OP_LOG",
				"ACT_RU_VARIABLE", "ACT_HI_VARINST")) {
			assertThat(jdbc.queryForList("select * from " + table).toString()).as(table).doesNotContain(token);
		}
		assertThat(output.getAll()).doesNotContain(token);

		// when a mail scanner fetches the link, and a page elsewhere posts Continue to it
		HttpResponse<String> scanned = get(url);
		assertThat(scanned.statusCode()).isEqualTo(200);
		assertThat(scanned.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(scanned.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(scanned.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("frame-ancestors 'none'");
		assertThat(scanned.body()).doesNotContain("<script", "http://", "https://");
		String cookie = pageCookie(scanned);
		HttpResponse<String> crossSite = post(url, cookie, pageToken(scanned), "continue", "https://evil.example");
		assertThat(crossSite.statusCode()).isEqualTo(403);
		HttpResponse<String> noPageToken = post(url, null, pageToken(scanned), "continue", origin());
		assertThat(noPageToken.statusCode()).isEqualTo(403);

		// then Pat still signs in with it: Continue opens Tasklist on the rating task
		browser = new Browser("http://localhost:" + port);
		browser.driver.get(url);
		browser.visible(By.xpath("//h1[contains(., 'Your task')]"));
		browser.screenshot("17-partner-link-landing");
		browser.click(By.xpath("//button[contains(., 'Continue')]"));
		browser.visible(By.cssSelector(".fjs-container"));
		browser.waitForFormText("the partner's side"); // the form's context
		assertThat(browser.driver.getCurrentUrl()).contains("/camunda/app/tasklist/default/#/?task=" + rating.getId());
		browser.screenshot("18-partner-link-tasklist");
		assertThat(browser.consoleErrors()).as("errors in the browser's console before the rating").isEmpty();

		// and the session reaches nothing else: another task, other engine calls, the
		// product API, Cockpit, Admin
		Task ours = driver.openTask(partnerId, ReviewProcess.RATE_BUYER);
		String engine = "/camunda/api/engine/engine/default";
		assertThat(fetch(engine + "/task/" + ours.getId())).isEqualTo(403);
		assertThat(fetch(engine + "/task/" + ours.getId() + "/form-variables")).isEqualTo(403);
		assertThat(fetch(engine + "/process-instance")).isEqualTo(403);
		assertThat(fetch(engine + "/history/task")).isEqualTo(403);
		assertThat(fetch(engine + "/user")).isEqualTo(403);
		assertThat(fetch(engine + "/task/" + rating.getId())).isEqualTo(200);
		assertThat(fetch("/camunda/api/cockpit/plugin/partnerships/default/portfolio")).isEqualTo(403);
		String session = "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
		for (String door : List.of("/api/partners/" + partnerId, "/engine-rest/task")) { // HTTP
																							// Basic
																							// only
			assertThat(http
				.send(HttpRequest.newBuilder(URI.create(origin() + door)).header("Cookie", session).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).as(door).isEqualTo(401);
		}
		browser.consoleErrors(); // the refusals just asked for
		browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
		browser.visible(By.xpath("//h1[contains(., 'Not open to you')]"));
		browser.driver.get("http://localhost:" + port + "/camunda/app/admin/default/");
		browser.visible(By.xpath("//h1[contains(., 'Not open to you')]"));
		browser.consoleErrors(); // the two 403 pages

		// when Pat rates the partnership in Tasklist
		browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + rating.getId());
		browser.visible(By.cssSelector(".fjs-container"));
		browser.waitForFormText("the partner's side");
		browser.click(By.cssSelector("button.claim"));
		browser.wait.until(d -> pat.getUserId()
			.equals(taskService.createTaskQuery().taskId(rating.getId()).singleResult().getAssignee()));
		browser.wait.until(d -> input("Cooperative").isEnabled()); // the form is
																	// read-only until the
																	// task is claimed
		String[] values = { "Cooperative", "Transparent", "End-user focused", "Innovation-driven" };
		for (String value : values) {
			type(value, "3");
		}
		type("Revenue from us", "120000");
		type("Cross-business", "0");
		browser.wait.until(d -> d.findElement(By.cssSelector("button[ng-click='complete()']")).isEnabled());
		assertThat(browser.consoleErrors()).as("errors in the browser's console while rating").isEmpty();
		// as Tasklist keeps a form saved as a draft: in the browser's storage for the
		// site
		((JavascriptExecutor) browser.driver).executeScript("localStorage.setItem('draft-of-the-rating', 'Coop 3');");
		browser.click(By.cssSelector("button[ng-click='complete()']"));
		browser.wait.until(d -> taskService.createTaskQuery().taskId(rating.getId()).count() == 0);

		// then the session ends with its task: Tasklist's next call is refused, and Pat
		// sees that the session has
		// ended (not a login form Pat has no password for); the browser's storage for the
		// site is cleared
		browser.visible(By.xpath("//h1[contains(., 'Your session has ended')]"));
		browser.screenshot("19-partner-link-session-ended");
		// the call that found the session ended (401), and Tasklist's probe for Camunda
		// Run's welcome page on a 401
		assertThat(browser.consoleErrors()).as("failed requests once the task is done")
			.allMatch(error -> error.contains("/camunda/api/engine/") && error.contains("status of 401")
					|| Browser.isLoginProbe(error));
		assertThat(((JavascriptExecutor) browser.driver).executeScript("return localStorage.length;")).isEqualTo(0L);
		assertThat(events(partnerId)).contains("SESSION_ENDED");

		// then the rating is Pat's, recorded as by the contact (name and address from the
		// contact's record)
		String ratedBy = jdbc.queryForObject("select rated_by from review_rating where review_id = ? and side = ?",
				String.class, review.getId(), Side.PROVIDER.name());
		assertThat(ratedBy).isEqualTo(pat.getUserId());
		assertThat(contacts.user(ratedBy).orElseThrow().display()).isEqualTo("Pat Partner <" + PAT + ">");

		// and the session's cookie opens nothing any more, and the link is dead
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create(origin() + engine + "/task/" + rating.getId()))
				.header("Cookie", session)
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
		browser.driver.get(url);
		browser.click(By.xpath("//button[contains(., 'Continue')]"));
		browser.visible(By.xpath("//h1[contains(., 'This link cannot be used')]"));
		browser.screenshot("21-partner-link-used");
		assertThat(events(partnerId)).contains("ISSUED", "USED", "REFUSED");
	}

	@Test
	@Order(2)
	void shouldRefuseChangedAndExpiredLinksAlikeAndMailANewOne() throws Exception {
		// given Pat's link to rate
		Lifecycles lifecycles = new Lifecycles(context);
		String partnerId = lifecycles.active();
		String url = patsLinkToRate(lifecycles, partnerId);

		// when one character of it is changed
		char last = url.charAt(url.length() - 1);
		String changed = url.substring(0, url.length() - 1) + (last == 'A' ? 'B' : 'A');
		String refusedChanged = normalized(press(changed, "continue").body());
		assertThat(refusedChanged).contains("This link cannot be used");

		// then a new link can be asked for from the changed one's page: nothing is mailed
		// for a link that is not real
		assertThat(normalized(press(changed, "new-link").body())).contains("Check your mail");
		driver.executeDueJobs(partnerId);
		assertThat(mails("Rate the partnership")).hasSize(1);

		// and from the real link's page a new link is mailed, which replaces the first
		// one
		assertThat(normalized(press(url, "new-link").body())).contains("Check your mail");
		driver.executeDueJobs(partnerId);
		List<MimeMessage> rateMails = mails("Rate the partnership");
		assertThat(rateMails).hasSize(2);
		String second = linkIn(rateMails.get(1));
		assertThat(second).isNotEqualTo(url);
		assertThat(normalized(press(url, "continue").body())).isEqualTo(refusedChanged);

		// when the link's lifetime (14 days) has passed
		driver.clockAt(lifecycles.now().plus(Duration.ofDays(15)));
		String refusedExpired = normalized(press(second, "continue").body());

		// then it is refused with the very same page as the changed one
		assertThat(refusedExpired).isEqualTo(refusedChanged);
		assertThat(events(partnerId)).contains("REFUSED");
	}

	@Test
	@Order(3)
	void shouldAskBeforeReplacingAnotherSignInAndEndTheSessionAtItsLifetime() throws Exception {
		// given Pat's link, opened in a browser where sofia is signed in to Tasklist
		Lifecycles lifecycles = new Lifecycles(context);
		String partnerId = lifecycles.active();
		String url = patsLinkToRate(lifecycles, partnerId);
		Task rating = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);
		browser = new Browser("http://localhost:" + port);
		browser.open("/camunda/app/tasklist/default/");
		browser.login("sofia", "demo");
		browser.visible(Browser.withText("h4", "Sourcing tasks"));

		// when Continue is pressed, the page asks first: nothing is replaced, the link is
		// not used
		browser.driver.get(url);
		browser.click(By.xpath("//button[contains(., 'Continue')]"));
		browser.visible(By.xpath("//h1[contains(., 'Someone is signed in here')]"));
		assertThat(browser.driver.getPageSource()).contains("sofia");
		assertThat(events(partnerId)).doesNotContain("USED");
		browser.screenshot("20-partner-link-replace-session");

		// then "Sign out and continue" opens the task as Pat
		browser.click(By.xpath("//button[contains(., 'Sign out and continue')]"));
		browser.visible(By.cssSelector(".fjs-container"));
		browser.waitForText(By.cssSelector("body"), "Pat Partner");
		String engine = "/camunda/api/engine/engine/default";
		assertThat(fetch(engine + "/task/" + rating.getId())).isEqualTo(200);
		assertThat(fetch(engine + "/filter")).as("sofia's filters are gone with her session").isEqualTo(200);

		// and when the session's lifetime (60 minutes) is over, it ends, although the
		// task is still open
		driver.clockAt(lifecycles.now().plus(Duration.ofMinutes(61)));
		assertThat(fetch(engine + "/task/" + rating.getId())).isEqualTo(401);
		assertThat(taskService.createTaskQuery().taskId(rating.getId()).count()).isEqualTo(1);
		assertThat(events(partnerId)).contains("USED", "SESSION_ENDED");
	}

	@Test
	@Order(4)
	void shouldRefuseGuessedTokensAlikeAndLimitThem() throws Exception {
		// given the landing page, as a guesser's script loads it
		String base = "http://localhost:" + port + "/partner-access/";
		HttpResponse<String> page = get(base + "x".repeat(43));
		String cookie = pageCookie(page);
		String pageToken = pageToken(page);

		// when it posts Continue for 300 guessed tokens
		java.security.SecureRandom random = new java.security.SecureRandom();
		Set<String> answers = new HashSet<>();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			String guess = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			HttpResponse<String> answer = post(base + guess, cookie, pageToken, "continue", origin());
			statuses.add(answer.statusCode());
			if (answer.statusCode() == 200) {
				answers.add(normalized(answer.body()));
			}
		}

		// then none signs in, every refusal is the same page until the client's limit (20
		// presses in 10 minutes, some
		// used by the tests before), and all the rest are 429
		assertThat(statuses).containsOnly(200, 429);
		int firstLimited = statuses.indexOf(429);
		assertThat(firstLimited).isBetween(1, 20);
		assertThat(statuses.subList(firstLimited, statuses.size())).containsOnly(429);
		assertThat(answers).singleElement().asString().contains("This link cannot be used");
	}

	/**
	 * Pat, the partner's contact, takes part in the meeting sofia schedules: the link in
	 * Pat's mail to rate.
	 */
	private String patsLinkToRate(Lifecycles lifecycles, String partnerId) throws Exception {
		addPat(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		return linkIn(onlyMail("Rate the partnership (partner's side)"));
	}

	private PartnerContact addPat(String partnerId) {
		PartnerContact[] added = new PartnerContact[1];
		driver.asUser("sofia", () -> added[0] = contacts.add(partnerId,
				new PartnerContacts.Input("Pat Partner", PAT, "Account lead")));
		return added[0];
	}

	/**
	 * Presses a button of the link's page as a browser would: GET (cookie and page
	 * token), then POST.
	 */
	private HttpResponse<String> press(String url, String intent) throws Exception {
		HttpResponse<String> page = get(url);
		return post(url, pageCookie(page), pageToken(page), intent, origin());
	}

	private String origin() {
		return "http://localhost:" + port;
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String cookie, String pageToken, String intent, String origin)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", origin)
			.POST(HttpRequest.BodyPublishers.ofString("page=" + pageToken + "&intent=" + intent));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String pageCookie(HttpResponse<String> page) {
		return page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("PA_PAGE="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	private static String pageToken(HttpResponse<String> page) {
		Matcher token = Pattern.compile("name=\"page\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/** The page without what differs on every answer (the CSP nonce, the page token). */
	private static String normalized(String body) {
		return body.replaceAll("nonce=\"[^\"]+\"", "nonce").replaceAll("name=\"page\" value=\"[^\"]+\"", "page");
	}

	/**
	 * The status of a GET from the page, with the browser's cookies, as a script of the
	 * page would make it.
	 */
	private long fetch(String path) {
		Object status = ((JavascriptExecutor) browser.driver)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})"
					+ ".then(r => done(r.status)).catch(e => done(-1));", path);
		return (Long) status;
	}

	/**
	 * Types into the field and waits until the form holds the value (a slow machine may
	 * still be rendering it).
	 */
	private void type(String label, String value) {
		browser.wait.until(d -> {
			WebElement field = input(label);
			if (!value.equals(field.getAttribute("value"))) {
				field.clear();
				field.sendKeys(value);
			}
			return value.equals(input(label).getAttribute("value"));
		});
	}

	private WebElement input(String label) {
		return browser.driver
			.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]/following::input[1]"));
	}

	private List<String> events(String partnerId) {
		return jdbc.queryForList("select kind from partner_access_event where partner_id = ? order by id", String.class,
				partnerId);
	}

	private MimeMessage onlyMail(String subjectStart) {
		List<MimeMessage> found = mails(subjectStart);
		assertThat(found).as("mails starting " + subjectStart).hasSize(1);
		assertThat(recipient(found.get(0))).isEqualTo(PAT);
		return found.get(0);
	}

	private String linkIn(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher(part(mail, "text/plain"));
		assertThat(link.find()).isTrue();
		return link.group(1) + link.group(2);
	}

	private static List<MimeMessage> mails(String subjectStart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith(subjectStart)).toList();
	}

	private static List<String> mailParts(MimeMessage message) throws Exception {
		List<String> types = new ArrayList<>();
		collect(message.getContent(), types, null);
		return types;
	}

	private static List<String> allParts(MimeMessage message) throws Exception {
		List<String> texts = new ArrayList<>();
		collect(message.getContent(), null, texts);
		return texts;
	}

	private static void collect(Object content, List<String> types, List<String> texts) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if (types != null) {
					types.add(part.getContentType().toLowerCase(java.util.Locale.ROOT));
				}
				if (part.getContent() instanceof Multipart nested) {
					collect(nested, types, texts);
				}
				else if (texts != null) {
					texts.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		else if (texts != null && content != null) {
			texts.add(content.toString());
		}
	}

	private static String sha256(String token) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(
					java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
