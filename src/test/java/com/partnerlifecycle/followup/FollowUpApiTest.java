package com.partnerlifecycle.followup;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.FormValues.EarlierActionItem;
import com.partnerlifecycle.demo.FormValues.NewActionItem;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;

/**
 * The follow-up through the product API: {@code GET
 * /api/partners/{id}/action-items?status=} lists exactly the items of each status, to the
 * buyer's people and the partner's own representatives only;
 * {@code GET /api/action-items?mine=true} the caller's own open items, a representative's
 * only its partner's (with those of the partner's contacts); bad parameters 400 naming
 * them, unknown partners 404; the review shows its minutes and action items to both
 * sides, and the partner's record each side's commitment reliability.
 */
@LifecycleTest
class FollowUpApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ReviewService reviews;

	@Autowired
	ActionItemService actionItems;

	@Autowired
	TaskService taskService;

	@Autowired
	BusinessTime time;

	@Autowired
	ObjectMapper json;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	// driving a review to its minutes

	Review untilTheMinutes(String partnerId) {
		return lifecycles.nextReviewAtTheMinutes(partnerId);
	}

	/**
	 * The value of the minutes form's owner choice whose label contains the text ("Pat
	 * (": the partner's contact).
	 */
	String owner(String partnerId, String labelContains) {
		Task task = driver.openTask(partnerId, ReviewProcess.RECORD_MINUTES);
		try {
			List<?> options = json.readValue(driver.taskVariablesLocal(task).get("ownerOptions").toString(),
					List.class);
			return options.stream()
				.map(Map.class::cast)
				.filter(o -> o.get("label").toString().contains(labelContains))
				.map(o -> o.get("value").toString())
				.findFirst()
				.orElseThrow(() -> new AssertionError("no owner choice with " + labelContains + " in " + options));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	void recordMinutes(String partnerId, Map<String, Object> values) {
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia", values);
		driver.executeDueJobs(partnerId); // each item's follow-up starts
	}

	void report(ActionItem item, String user, String outcome, String note) {
		Task task = taskService.createTaskQuery().processInstanceId(item.getProcessInstanceId()).singleResult();
		driver.complete(task, user, FormValues.reportActionItem(outcome, note));
	}

	LocalDate inDays(int days) {
		return time.today().plusDays(days);
	}

	/** 09:00 on that day, in the business zone. */
	java.time.Instant morningOf(LocalDate day) {
		return time.startOf(day).toInstant().plus(Duration.ofHours(9));
	}

	// calling the API

	record Answer(int status, String body, JsonNode json) {
	}

	Answer call(String user, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.header(AUTHORIZATION, basic(user))).andReturn();
		String body = result.getResponse().getContentAsString();
		return new Answer(result.getResponse().getStatus(), body, body.isBlank() ? null : json.readTree(body));
	}

	Answer list(String partnerId, String status, String user) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/partners/{id}/action-items", partnerId);
		if (status != null) {
			request.param("status", status);
		}
		return call(user, request);
	}

	/** The titles the list answers, in its order: it must answer 200. */
	List<String> titles(String partnerId, String status, String user) throws Exception {
		Answer answer = list(partnerId, status, user);
		assertThat(answer.status()).as("%s, status=%s: %s", user, status, answer.body()).isEqualTo(200);
		return texts(answer.json(), "title");
	}

	Answer mine(String user) throws Exception {
		return call(user, get("/api/action-items").param("mine", "true"));
	}

	static List<String> texts(JsonNode items, String field) {
		List<String> texts = new ArrayList<>();
		items.forEach(item -> texts.add(item.path(field).asText()));
		return texts;
	}

	static List<Long> ids(JsonNode items) {
		List<Long> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	static JsonNode byTitle(JsonNode items, String title) {
		for (JsonNode item : items) {
			if (item.path("title").asText().equals(title)) {
				return item;
			}
		}
		throw new AssertionError("no item '" + title + "' in " + items);
	}

	static void assertRefused(Answer answer, String field) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.json()).as("a problem as JSON: %s", answer.body()).isNotNull();
		assertThat(answer.json().path("errors").get(0).path("field").asText()).as(answer.body()).isEqualTo(field);
		assertThat(answer.json().path("errors").get(0).path("message").asText()).as(answer.body()).isNotBlank();
		assertThat(answer.json().path("detail").asText()).as("the message names the field: %s", answer.body())
			.contains(field);
	}

	/**
	 * No percent while nothing was due: null, or left out as the API leaves out every
	 * null.
	 */
	static boolean noPercent(JsonNode reliability) {
		return reliability.get("percent") == null || reliability.get("percent").isNull();
	}

	// the cases

	/**
	 * Five items of one partnership, one of each kind: dropped in the second review's
	 * minutes (CLOSED), done, blocked, open, and one due in five days that becomes
	 * overdue once the clock passes its date.
	 */
	@Test
	void shouldListExactlyTheItemsOfEachStatus() throws Exception {
		String partnerId = lifecycles.active();
		String representative = lifecycles.representative(partnerId);
		Review first = untilTheMinutes(partnerId);
		recordMinutes(partnerId,
				FormValues.recordMinutes("First", List.of(), new NewActionItem("Drop me", "user:sofia", inDays(30))));
		driver.complete(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, representative, FormValues.acceptMinutes());
		driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva", FormValues.decideReview("CONTINUE", null));
		driver.executeDueJobs(partnerId);
		Long dropped = actionItems.ofReview(first.getId()).get(0).getId();

		Review second = untilTheMinutes(partnerId);
		recordMinutes(partnerId,
				FormValues.recordMinutes("Second",
						List.of(new EarlierActionItem(dropped, "DROPPED", null, "No longer needed")),
						new NewActionItem("Still open", "user:sofia", inDays(60)),
						new NewActionItem("Blocked one", "user:sofia", inDays(60)),
						new NewActionItem("Done one", owner(partnerId, "Pat ("), inDays(60)),
						new NewActionItem("Soon overdue", "user:sofia", inDays(5))));
		List<ActionItem> items = actionItems.ofReview(second.getId());
		report(items.get(1), "sofia", "BLOCKED", "Waiting for the budget");
		report(items.get(2), representative, "DONE", "Report sent");

		for (String user : List.of("sofia", "rita", "erik", representative)) {
			assertThat(titles(partnerId, null, user)).as("all, by due date, to %s", user)
				.containsExactly("Drop me", "Soon overdue", "Still open", "Blocked one", "Done one");
			assertThat(titles(partnerId, "OPEN", user)).as("open, blocked ones included, to %s", user)
				.containsExactly("Soon overdue", "Still open", "Blocked one");
			assertThat(titles(partnerId, "OVERDUE", user)).as("nothing is past its date yet, to %s", user).isEmpty();
			assertThat(titles(partnerId, "BLOCKED", user)).as(user).containsExactly("Blocked one");
			assertThat(titles(partnerId, "DONE", user)).as(user).containsExactly("Done one");
			assertThat(titles(partnerId, "CLOSED", user)).as(user).containsExactly("Drop me");
		}
		JsonNode all = list(partnerId, null, "sofia").json();
		assertThat(byTitle(all, "Drop me").path("status").asText()).isEqualTo("CLOSED");
		assertThat(byTitle(all, "Drop me").path("note").asText()).isEqualTo("No longer needed");
		assertThat(byTitle(all, "Blocked one").path("status").asText()).isEqualTo("BLOCKED");
		assertThat(byTitle(all, "Blocked one").path("note").asText()).isEqualTo("Waiting for the budget");
		assertThat(byTitle(all, "Done one").path("status").asText()).isEqualTo("DONE");
		assertThat(byTitle(all, "Soon overdue").path("overdue").asBoolean()).isFalse();

		// the day after the due date of "Soon overdue"
		lifecycles.clockTo(partnerId, morningOf(items.get(3).getDueDate().plusDays(1)));

		for (String user : List.of("sofia", representative)) {
			assertThat(titles(partnerId, "OVERDUE", user)).as(user).containsExactly("Soon overdue");
			assertThat(titles(partnerId, "OPEN", user)).as("overdue is still open, to %s", user)
				.containsExactly("Soon overdue", "Still open", "Blocked one");
			assertThat(titles(partnerId, "BLOCKED", user)).as(user).containsExactly("Blocked one");
			assertThat(titles(partnerId, "DONE", user)).as(user).containsExactly("Done one");
			assertThat(titles(partnerId, "CLOSED", user)).as(user).containsExactly("Drop me");
		}
		JsonNode overdue = list(partnerId, "OVERDUE", "sofia").json().get(0);
		assertThat(overdue.path("overdue").asBoolean()).isTrue();
		assertThat(overdue.path("status").asText()).as("OVERDUE is a reading, not a status").isEqualTo("OPEN");
		assertThat(overdue.path("dueDate").asText()).isEqualTo(items.get(3).getDueDate().toString());
	}

	@Test
	void shouldShowEachRepresentativeItsOwnPartnersItemsOnlyWithThoseOfItsContacts() throws Exception {
		String partnerId = lifecycles.active();
		String other = lifecycles.active();
		String representative = lifecycles.representative(partnerId);
		String stranger = lifecycles.representative(other);

		Review review = untilTheMinutes(partnerId);
		recordMinutes(partnerId,
				FormValues.recordMinutes("Ours", List.of(), new NewActionItem("Sofia's item", "user:sofia", inDays(30)),
						new NewActionItem("Contact's item", owner(partnerId, "Pat ("), inDays(30)),
						new NewActionItem("Representative's item", "user:" + representative, inDays(31))));
		Review othersReview = untilTheMinutes(other);
		recordMinutes(other,
				FormValues.recordMinutes("Theirs", List.of(),
						new NewActionItem("Other contact's item", owner(other, "Pat ("), inDays(30)),
						new NewActionItem("Other representative's item", "user:" + stranger, inDays(31))));
		List<ActionItem> ours = actionItems.ofReview(review.getId());
		List<ActionItem> theirs = actionItems.ofReview(othersReview.getId());

		// another partner's representative: refused, whatever the filter, and told
		// nothing
		for (String status : new String[] { null, "OPEN", "DONE", "bogus" }) {
			Answer refused = list(partnerId, status, stranger);
			assertThat(refused.status()).as("status=%s: %s", status, refused.body()).isEqualTo(403);
			assertThat(refused.body()).doesNotContain("Sofia's item", "Contact's item", "Representative's item");
		}
		assertThat(titles(other, null, stranger)).containsExactly("Other contact's item",
				"Other representative's item");

		// mine: a representative's own items and its partner's contacts', never another
		// partner's
		Answer repsOwn = mine(representative);
		assertThat(repsOwn.status()).as(repsOwn.body()).isEqualTo(200);
		assertThat(texts(repsOwn.json(), "title")).as(repsOwn.body())
			.containsExactly("Contact's item", "Representative's item");
		assertThat(ids(repsOwn.json())).containsExactly(ours.get(1).getId(), ours.get(2).getId());
		Answer strangersOwn = mine(stranger);
		assertThat(texts(strangersOwn.json(), "title")).as(strangersOwn.body())
			.containsExactly("Other contact's item", "Other representative's item");
		assertThat(ids(strangersOwn.json())).doesNotContainAnyElementsOf(ids(repsOwn.json()));

		// ours: sofia's own, none of the partners'
		Answer sofias = mine("sofia");
		assertThat(sofias.status()).as(sofias.body()).isEqualTo(200);
		assertThat(ids(sofias.json())).contains(ours.get(0).getId())
			.doesNotContain(ours.get(1).getId(), ours.get(2).getId(), theirs.get(0).getId(), theirs.get(1).getId());
		assertThat(ids(mine("erik").json())).as("erik owns none of these")
			.doesNotContain(ours.get(0).getId(), ours.get(1).getId(), ours.get(2).getId(), theirs.get(0).getId(),
					theirs.get(1).getId());
		JsonNode contacts = byTitle(repsOwn.json(), "Contact's item");
		assertThat(contacts.path("ownerSide").asText()).isEqualTo("PROVIDER");
		assertThat(contacts.path("owner").asText()).isEqualTo("Pat");
		assertThat(contacts.path("status").asText()).isEqualTo("OPEN");

		// done is no longer open: no longer "mine"
		report(ours.get(2), representative, "DONE", "Done");
		assertThat(texts(mine(representative).json(), "title")).containsExactly("Contact's item");
		report(ours.get(0), "sofia", "DONE", "Done");
		assertThat(ids(mine("sofia").json())).doesNotContain(ours.get(0).getId());
	}

	@ParameterizedTest(name = "status={0}")
	@ValueSource(strings = { "LATE", "OPEN,DONE", "0", "ÖPEN", "OVERDUE'--" })
	void shouldRefuseAStatusThatIsNoneOfTheFiveNamingTheField(String status) throws Exception {
		String partnerId = lifecycles.register();

		assertRefused(list(partnerId, status, "sofia"), "status");
	}

	@ParameterizedTest(name = "mine={0}")
	@ValueSource(strings = { "", "false", "no", "TRUE1" })
	void shouldRefuseMineThatIsNotTrueNamingTheField(String mine) throws Exception {
		assertRefused(call("sofia", get("/api/action-items").param("mine", mine)), "mine");
	}

	@Test
	void shouldRefuseMineLeftOutNamingTheField() throws Exception {
		assertRefused(call("sofia", get("/api/action-items")), "mine");
		assertRefused(call(lifecycles.representative(lifecycles.register()), get("/api/action-items")), "mine");
	}

	@Test
	void shouldAnswer404ForAnUnknownPartner() throws Exception {
		for (String status : new String[] { null, "OPEN", "OVERDUE" }) {
			Answer unknown = list("no-such-partner", status, "sofia");
			assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
			assertThat(unknown.json().path("detail").asText()).isEqualTo("no partner with id 'no-such-partner'");
		}
	}

	@Test
	void shouldShowTheMinutesAndTheActionItemsOfTheReviewToBothSides() throws Exception {
		String partnerId = lifecycles.active();
		String representative = lifecycles.representative(partnerId);
		Review review = untilTheMinutes(partnerId);
		for (String user : List.of("sofia", representative)) {
			Answer before = call(user, get("/api/partners/{id}/reviews/{n}", partnerId, review.getNumber()));
			assertThat(before.status()).as(before.body()).isEqualTo(200);
			assertThat(before.json().has("minutes")).as(before.body()).isTrue();
			assertThat(before.json().path("minutes").isNull()).as("no minutes yet: %s", before.body()).isTrue();
			assertThat(before.json().path("actionItems")).as(before.body()).isEmpty();
		}
		Map<String, Object> values = new LinkedHashMap<>(FormValues.recordMinutes("Both sides rated 4.", List.of(),
				new NewActionItem("Share the capacity plan", "user:sofia", inDays(20)),
				new NewActionItem("Send the service report", owner(partnerId, "Pat ("), inDays(30))));
		values.put("minutesDecisions", "A joint capacity plan by spring");
		recordMinutes(partnerId, values);
		List<ActionItem> items = actionItems.ofReview(review.getId());
		driver.complete(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, representative,
				FormValues.commentOnMinutes("Fine by us", items.get(1).getId(), "We need your figures first"));

		for (String user : List.of("sofia", "erik", "rita", representative)) {
			Answer answer = call(user, get("/api/partners/{id}/reviews/{n}", partnerId, review.getNumber()));
			assertThat(answer.status()).as(user + ": " + answer.body()).isEqualTo(200);
			JsonNode minutes = answer.json().path("minutes");
			assertThat(minutes.path("summary").asText()).as(user).isEqualTo("Both sides rated 4.");
			assertThat(minutes.path("decisions").asText()).as(user).isEqualTo("A joint capacity plan by spring");
			assertThat(minutes.path("recordedBy").asText()).as(user).isEqualTo("sofia");
			assertThat(minutes.path("recordedAt").isTextual()).as(user).isTrue();
			assertThat(minutes.path("acknowledgement").asText()).as(user).isEqualTo("COMMENTED");
			assertThat(minutes.path("acknowledgementComment").asText()).as(user).isEqualTo("Fine by us");
			assertThat(minutes.path("acknowledgedBy").asText()).as(user).isEqualTo(representative);

			JsonNode actionItemsShown = answer.json().path("actionItems");
			assertThat(texts(actionItemsShown, "title")).as(user)
				.containsExactly("Share the capacity plan", "Send the service report");
			assertThat(ids(actionItemsShown)).as(user).containsExactly(items.get(0).getId(), items.get(1).getId());
			assertThat(texts(actionItemsShown, "ownerSide")).as(user).containsExactly("BUYER", "PROVIDER");
			assertThat(texts(actionItemsShown, "owner")).as(user).containsExactly("Sofia Lind", "Pat");
			assertThat(texts(actionItemsShown, "dueDate")).as(user)
				.containsExactly(items.get(0).getDueDate().toString(), items.get(1).getDueDate().toString());
			assertThat(texts(actionItemsShown, "status")).as(user).containsExactly("OPEN", "OPEN");
			assertThat(texts(actionItemsShown, "reviewNumber")).as(user)
				.containsExactly(String.valueOf(review.getNumber()), String.valueOf(review.getNumber()));
			assertThat(actionItemsShown.get(1).path("partnerComment").asText()).as(user)
				.isEqualTo("We need your figures first");
		}
	}

	/**
	 * Ours: one done on time, one done late (1 of 2, 50 %); the partner's: not done and
	 * past its date (0 of 1). Both sides read it in the partner's record; none of it
	 * before any item was agreed, and no percent while none was due.
	 */
	@Test
	void shouldShowEachSidesCommitmentReliabilityInThePartnersRecord() throws Exception {
		String partnerId = lifecycles.active();
		String representative = lifecycles.representative(partnerId);
		Answer empty = call("sofia", get("/api/partners/{id}", partnerId));
		assertThat(empty.status()).as(empty.body()).isEqualTo(200);
		assertThat(empty.json().has("actionItems")).as("no items, no section: %s", empty.body()).isFalse();

		Review review = untilTheMinutes(partnerId);
		recordMinutes(partnerId,
				FormValues.recordMinutes("S", List.of(), new NewActionItem("On time", "user:sofia", inDays(5)),
						new NewActionItem("Late", "user:sofia", inDays(5)),
						new NewActionItem("Theirs", owner(partnerId, "Pat ("), inDays(5))));
		List<ActionItem> items = actionItems.ofReview(review.getId());

		JsonNode agreed = call("sofia", get("/api/partners/{id}", partnerId)).json().path("actionItems");
		assertThat(agreed.path("open").asInt()).as(agreed.toString()).isEqualTo(3);
		assertThat(agreed.path("buyerReliability").path("due").asInt()).as(agreed.toString()).isZero();
		assertThat(noPercent(agreed.path("buyerReliability"))).as("none due yet: %s", agreed).isTrue();
		assertThat(noPercent(agreed.path("providerReliability"))).as(agreed.toString()).isTrue();

		report(items.get(0), "sofia", "DONE", "Done early");
		lifecycles.clockTo(partnerId, morningOf(items.get(1).getDueDate().plusDays(3)));
		report(items.get(1), "sofia", "DONE", "Done late");

		for (String user : List.of("sofia", "erik", representative)) {
			Answer record = call(user, get("/api/partners/{id}", partnerId));
			assertThat(record.status()).as(user + ": " + record.body()).isEqualTo(200);
			JsonNode section = record.json().path("actionItems");
			assertThat(section.isObject()).as("%s: %s", user, record.body()).isTrue();
			assertThat(section.path("open").asInt()).as(user).isEqualTo(1);
			assertThat(section.path("overdue").asInt()).as(user).isEqualTo(1);
			assertThat(section.path("blocked").asInt()).as(user).isZero();
			JsonNode buyer = section.path("buyerReliability");
			assertThat(List.of(buyer.path("kept").asInt(), buyer.path("due").asInt(), buyer.path("percent").asInt()))
				.as("%s: %s", user, section)
				.containsExactly(1, 2, 50);
			JsonNode provider = section.path("providerReliability");
			assertThat(noPercent(provider)).as("0 %% is a percent: %s: %s", user, section).isFalse();
			assertThat(List.of(provider.path("kept").asInt(), provider.path("due").asInt(),
					provider.path("percent").asInt()))
				.as("%s: %s", user, section)
				.containsExactly(0, 1, 0);
		}
	}

}
