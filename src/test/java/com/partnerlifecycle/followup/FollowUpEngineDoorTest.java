package com.partnerlifecycle.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.FormValues.EarlierActionItem;
import com.partnerlifecycle.demo.FormValues.NewActionItem;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.web.EngineDoors;
import com.partnerlifecycle.web.EngineDoors.Door;
import com.partnerlifecycle.web.WebAppTest;

/**
 * The minutes form submitted through the engine doors ({@code POST
 * /engine-rest/task/{id}/submit-form} and the web apps' copy Tasklist calls): an owner of
 * another partner (one of its representatives or contacts) or an earlier item of another
 * partner is refused with 400 naming the field, and nothing is recorded. A real server:
 * MockMvc does not reach the engine REST API (a Jersey servlet), so this is a
 * {@link WebAppTest}, run after the other classes.
 */
@WebAppTest
class FollowUpEngineDoorTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ReviewService reviews;

	@Autowired
	ActionItemService actionItems;

	@Autowired
	MinutesService minutes;

	@Autowired
	TaskService taskService;

	@Autowired
	BusinessTime time;

	final ObjectMapper json = new ObjectMapper();

	Lifecycles lifecycles;

	EngineDoors doors;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
		doors = new EngineDoors(port);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	Review untilTheMinutes(String partnerId) {
		return lifecycles.nextReviewAtTheMinutes(partnerId);
	}

	/**
	 * The value of the minutes form's owner choice whose label contains the text ("Pat
	 * (": the partner's contact).
	 */
	String owner(String partnerId, String labelContains) throws Exception {
		Task task = driver.openTask(partnerId, ReviewProcess.RECORD_MINUTES);
		List<?> options = json.readValue(driver.taskVariablesLocal(task).get("ownerOptions").toString(), List.class);
		return options.stream()
			.map(Map.class::cast)
			.filter(o -> o.get("label").toString().contains(labelContains))
			.map(o -> o.get("value").toString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no owner choice with " + labelContains + " in " + options));
	}

	@Test
	void shouldRefuseAnOwnerOrAnEarlierItemOfAnotherPartnerWith400NamingTheField() throws Exception {
		String other = lifecycles.active();
		String partnerId = lifecycles.active();
		String strangersRepresentative = lifecycles.representative(other);

		// the other partner's minutes, with an open item of its own
		Review othersReview = untilTheMinutes(other);
		String othersContact = owner(other, "Pat (");
		driver.complete(other, ReviewProcess.RECORD_MINUTES, "sofia", FormValues.recordMinutes("Theirs", List.of(),
				new NewActionItem("The other partner's item", "user:sofia", time.today().plusDays(30))));
		driver.executeDueJobs(other);
		ActionItem othersItem = actionItems.ofReview(othersReview.getId()).get(0);

		Review review = untilTheMinutes(partnerId);
		Task task = driver.openTask(partnerId, ReviewProcess.RECORD_MINUTES);
		java.time.LocalDate due = time.today().plusDays(30);
		Map<String, Map<String, Object>> refusals = new java.util.LinkedHashMap<>();
		refusals.put("newItems[1].owner", FormValues.recordMinutes("S", List.of(),
				new NewActionItem("X", "user:" + strangersRepresentative, due)));
		refusals.put("newItems[2].owner", FormValues.recordMinutes("S", List.of(),
				new NewActionItem("Ours", "user:sofia", due), new NewActionItem("X", othersContact, due)));
		refusals.put("earlierItems[1].item",
				FormValues.recordMinutes("S", List.of(new EarlierActionItem(othersItem.getId(), "DONE", null, null))));

		HttpResponse<String> claim = doors.as("sofia", Door.ENGINE_REST)
			.post("/task/" + task.getId() + "/claim", "{\"userId\":\"sofia\"}");
		assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
		for (Door door : Door.values()) {
			EngineDoors.Caller sofia = doors.as("sofia", door);
			for (Map.Entry<String, Map<String, Object>> refusal : refusals.entrySet()) {
				String field = refusal.getKey();
				HttpResponse<String> answer = sofia.post("/task/" + task.getId() + "/submit-form",
						EngineDoors.variables(refusal.getValue()));

				String exchange = door + ", " + field + ": " + answer.statusCode() + " " + answer.body();
				assertThat(answer.statusCode()).as(exchange).isEqualTo(400);
				JsonNode body = json.readTree(answer.body());
				assertThat(body.path("type").asText()).as(exchange).isEqualTo("InvalidInputException");
				assertThat(body.path("field").asText()).as(exchange).isEqualTo(field);
				assertThat(body.path("message").asText()).as(exchange).contains(field);
				assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("still open, " + exchange)
					.isEqualTo(1);
				assertThat(actionItems.ofReview(review.getId())).as("nothing agreed, " + exchange).isEmpty();
				assertThat(minutes.minutesOf(review.getId())).as("no minutes, " + exchange).isEmpty();
				assertThat(actionItems.get(othersItem.getId()).getStatus())
					.as("the other's item untouched, " + exchange)
					.isEqualTo(ActionItemStatus.OPEN);
			}
		}

		// the control: the same task takes valid minutes through the door
		HttpResponse<String> accepted = doors.as("sofia", Door.ENGINE_REST)
			.post("/task/" + task.getId() + "/submit-form", EngineDoors
				.variables(FormValues.recordMinutes("S", List.of(), new NewActionItem("Ours", "user:sofia", due))));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
		assertThat(actionItems.ofReview(review.getId())).extracting(ActionItem::getTitle).containsExactly("Ours");
		assertThat(actionItems.get(othersItem.getId()).getStatus()).isEqualTo(ActionItemStatus.OPEN);
	}

}
