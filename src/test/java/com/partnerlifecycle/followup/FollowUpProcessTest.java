package com.partnerlifecycle.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.FormValues.EarlierActionItem;
import com.partnerlifecycle.demo.FormValues.NewActionItem;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.reminder.ReminderKind;
import com.partnerlifecycle.reminder.ReminderRepository;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewAgenda;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.termination.TerminationService;

/**
 * Business review 2.1 after the meeting: the minutes with action items of both sides, the
 * partner's acknowledgement, and each item followed in its own process: reported done or
 * blocked, reminded and escalated, carried over, dropped or recorded done in the next
 * minutes, ended with the partnership.
 */
@LifecycleTest
class FollowUpProcessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine processEngine;

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
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ReminderRepository reminders;

	@Autowired
	TerminationService terminations;

	@Autowired
	BusinessTime time;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.active();
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	/** Review up to "Record the minutes": scheduled, rated by both, the agenda sent. */
	private Review untilTheMinutes() {
		return lifecycles.nextReviewAtTheMinutes(partnerId);
	}

	/** The value of the minutes form's owner choice whose label contains the text. */
	private String owner(String labelContains) {
		Task task = driver.openTask(partnerId, ReviewProcess.RECORD_MINUTES);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> options = (List<Map<String, Object>>) toList(
				driver.taskVariablesLocal(task).get("ownerOptions"));
		return options.stream()
			.filter(o -> o.get("label").toString().contains(labelContains))
			.map(o -> o.get("value").toString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no owner choice with " + labelContains + " in " + options));
	}

	private static Object toList(Object json) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toString(), List.class);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A refusal from a form's listener reaches the caller wrapped by the engine; the form
	 * names the field.
	 */
	static InvalidInputException invalidInput(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("No InvalidInputException in " + thrown, thrown);
	}

	private LocalDate inDays(int days) {
		return time.today().plusDays(days);
	}

	private ProcessInstance processOf(ActionItem item) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceId(item.getProcessInstanceId())
			.singleResult();
	}

	@Test
	void shouldFollowEachActionItemOfTheMinutesInItsOwnProcessStartedByTheSystem() {
		Review review = untilTheMinutes();
		assertThat(driver.openTasks(partnerId, ReviewProcess.DECIDE_OUTCOME)).isEmpty();

		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
				FormValues.recordMinutes("Both sides rated 4.", List.of(),
						new NewActionItem("Share the capacity plan", "user:sofia", inDays(20)),
						new NewActionItem("Send the service report",
								owner("Pat (") /* the contact */, inDays(30))));

		List<ActionItem> agreed = actionItems.ofReview(review.getId());
		assertThat(agreed).extracting(ActionItem::getTitle, ActionItem::getOwnerSide, ActionItem::getStatus)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Share the capacity plan", Side.BUYER, ActionItemStatus.OPEN),
					org.assertj.core.groups.Tuple.tuple("Send the service report", Side.PROVIDER,
							ActionItemStatus.OPEN));
		for (ActionItem item : agreed) {
			assertThat(historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(item.getProcessInstanceId())
				.singleResult()
				.getStartUserId()).as("started by the product as the system, not by sofia").isNull();
		}
		driver.executeDueJobs(partnerId); // each item's follow-up starts

		Task ours = taskService.createTaskQuery()
			.processInstanceId(agreed.get(0).getProcessInstanceId())
			.singleResult();
		assertThat(ours.getAssignee()).isEqualTo("sofia");
		assertThat(taskService.getIdentityLinksForTask(ours.getId())).as("shown in the Sourcing tasks filter")
			.extracting(IdentityLink::getGroupId)
			.contains(com.partnerlifecycle.common.Groups.SOURCING_MANAGERS);
		assertThat(ours.getDueDate()).isEqualTo(time.endOf(inDays(20)));
		Task theirs = taskService.createTaskQuery()
			.processInstanceId(agreed.get(1).getProcessInstanceId())
			.singleResult();
		assertThat(theirs.getAssignee()).isNull();
		assertThat(taskService.getIdentityLinksForTask(theirs.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly(com.partnerlifecycle.common.Groups.forNewPartner(partnerId));

		// the partner comments on its item; the executives see the minutes, the items and
		// the comment
		driver.complete(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, lifecycles.representative(partnerId),
				FormValues.commentOnMinutes("Fine by us", agreed.get(1).getId(), "We need your figures first"));
		Map<String, Object> decision = lifecycles.taskVariables(partnerId, ReviewProcess.DECIDE_OUTCOME);
		assertThat(decision.get("minutesSummary")).isEqualTo("Both sides rated 4.");
		assertThat(decision.get("minutesAcknowledgement").toString()).startsWith("Commented by rep-");
		assertThat(decision.get("acknowledgementComment")).isEqualTo("Fine by us");
		assertThat(decision.get("actionItemsTable").toString()).contains("Share the capacity plan",
				"Send the service report", "We need your figures first");

		// the owner reports done: the item's process ends
		driver.complete(ours, "sofia", FormValues.reportActionItem("DONE", "Plan shared on the portal"));
		assertThat(actionItems.get(agreed.get(0).getId()).getStatus()).isEqualTo(ActionItemStatus.DONE);
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(agreed.get(0).getProcessInstanceId())
			.singleResult()
			.getEndActivityId()).isEqualTo(ActionItemProcess.DONE);
	}

	@Test
	void shouldRemindBeforeAndOnTheDueDateAndTellTheOwnerSidesSponsorsWhenOverdue() {
		Review review = untilTheMinutes();
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia", FormValues.recordMinutes("Summary", List.of(),
				new NewActionItem("Send the service report", owner("Pat ("), inDays(10))));
		driver.executeDueJobs(partnerId);
		ActionItem item = actionItems.ofReview(review.getId()).get(0);
		assertThat(reminders.findByReviewIdAndKind(review.getId(), ReminderKind.ITEM_DUE_SOON)).isEmpty();

		lifecycles.clockTo(partnerId, time.startOf(inDays(3)).toInstant().plus(Duration.ofHours(9)));
		assertThat(reminders.findByReviewIdAndKind(review.getId(), ReminderKind.ITEM_DUE_SOON))
			.as("a week before the due date")
			.isNotEmpty();
		assertThat(reminders.findByReviewIdAndKind(review.getId(), ReminderKind.ITEM_DUE)).isEmpty();

		// blocked: it stays open, the task comes back, the reminders keep their dates
		Task report = taskService.createTaskQuery().processInstanceId(item.getProcessInstanceId()).singleResult();
		driver.complete(report, lifecycles.representative(partnerId),
				FormValues.reportActionItem("BLOCKED", "Waiting for the buyer's figures"));
		assertThat(actionItems.get(item.getId()).getStatus()).isEqualTo(ActionItemStatus.BLOCKED);
		assertThat(taskService.createTaskQuery().processInstanceId(item.getProcessInstanceId()).count()).isEqualTo(1);

		lifecycles.clockTo(partnerId, time.startOf(item.getDueDate()).toInstant().plus(Duration.ofHours(9)));
		assertThat(reminders.findByReviewIdAndKind(review.getId(), ReminderKind.ITEM_DUE)).isNotEmpty();
		assertThat(reminders.findByReviewIdAndKind(review.getId(), ReminderKind.ITEM_OVERDUE)).isEmpty();
		lifecycles.clockTo(partnerId,
				time.startOf(item.getDueDate().plusDays(1)).toInstant().plus(Duration.ofHours(9)));
		assertThat(reminders.findByReviewIdAndKind(review.getId(), ReminderKind.ITEM_OVERDUE))
			.as("the sponsors are told")
			.isNotEmpty();
		int sent = reminders.findAll().size();
		lifecycles.clockTo(partnerId, time.startOf(item.getDueDate().plusDays(5)).toInstant());
		assertThat(reminders.findAll()).as("each reminder once").hasSize(sent);
		assertThat(minutes.toRaise(partnerId)).extracting(i -> i.title()).containsExactly("Send the service report");
	}

	@Test
	void shouldMakeTheNextMinutesSayWhatBecameOfEveryOpenItemAndRaiseBlockedOnesFirstOnTheAgenda() {
		Review first = untilTheMinutes();
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
				FormValues.recordMinutes("First", List.of(), new NewActionItem("Carry me", "user:sofia", inDays(60)),
						new NewActionItem("Drop me", "user:sofia", inDays(60)),
						new NewActionItem("Mark me done", owner("Pat ("), inDays(60))));
		driver.executeDueJobs(partnerId);
		driver.complete(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, lifecycles.representative(partnerId),
				FormValues.acceptMinutes());
		driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva", FormValues.decideReview("CONTINUE", null));
		List<ActionItem> items = actionItems.ofReview(first.getId());
		Task carry = taskService.createTaskQuery()
			.processInstanceId(items.get(0).getProcessInstanceId())
			.singleResult();
		driver.complete(carry, "sofia", FormValues.reportActionItem("BLOCKED", "No budget until spring"));

		Review second = untilTheMinutes();
		assertThat(reviews.agenda(second.getId(), Side.BUYER).items().get(0).kind())
			.as("the blocked item heads the agenda")
			.isEqualTo(ReviewAgenda.Kind.ACTION_ITEM_BLOCKED);
		assertThat(reviews.agenda(second.getId(), Side.PROVIDER).items()).extracting(ReviewAgenda.Item::kind)
			.contains(ReviewAgenda.Kind.COMMITMENT_RELIABILITY);
		Task minutesTask = driver.openTask(partnerId, ReviewProcess.RECORD_MINUTES);
		assertThat(driver.taskVariablesLocal(minutesTask).get("earlierItems").toString()).contains(
				String.valueOf(items.get(0).getId()), String.valueOf(items.get(1).getId()),
				String.valueOf(items.get(2).getId()));

		// one open item left out: refused, nothing stored
		assertThatThrownBy(() -> driver.complete(minutesTask, "sofia",
				FormValues.recordMinutes("Second",
						List.of(new EarlierActionItem(items.get(0).getId(), "DONE", null, null)))))
			.satisfies(e -> assertThat(invalidInput(e).field()).isEqualTo("earlierItems"))
			.hasMessageContaining("Drop me");
		// dropped without a reason: refused
		assertThatThrownBy(() -> driver.complete(minutesTask, "sofia",
				FormValues.recordMinutes("Second",
						List.of(new EarlierActionItem(items.get(0).getId(), "CARRIED_OVER", inDays(90), null),
								new EarlierActionItem(items.get(1).getId(), "DROPPED", null, null),
								new EarlierActionItem(items.get(2).getId(), "DONE", null, null)))))
			.satisfies(e -> assertThat(invalidInput(e).field()).isEqualTo("earlierItems[2].note"));
		assertThat(actionItems.get(items.get(0).getId()).getDueDate()).isEqualTo(items.get(0).getDueDate());

		driver.complete(minutesTask, "sofia", FormValues.recordMinutes("Second",
				List.of(new EarlierActionItem(items.get(0).getId(), "CARRIED_OVER", inDays(90), "Budget in spring"),
						new EarlierActionItem(items.get(1).getId(), "DROPPED", null, "No longer needed"),
						new EarlierActionItem(items.get(2).getId(), "DONE", null, "Seen in the meeting"))));
		driver.executeDueJobs(partnerId);

		ActionItem carried = actionItems.get(items.get(0).getId());
		assertThat(carried.getStatus()).isEqualTo(ActionItemStatus.OPEN);
		assertThat(carried.getDueDate()).isEqualTo(inDays(90));
		assertThat(carried.getOriginalDueDate()).isEqualTo(items.get(0).getDueDate());
		assertThat(dueSoonTimer(carried)).as("the reminder drawn anew from the new date, a week before it")
			.isEqualTo(java.util.Date.from(time.startOf(inDays(83)).toInstant().plus(Duration.ofHours(8))));
		assertThat(taskService.createTaskQuery()
			.processInstanceId(carried.getProcessInstanceId())
			.singleResult()
			.getDueDate()).isEqualTo(time.endOf(inDays(90)));
		assertThat(actionItems.get(items.get(1).getId()).getStatus()).isEqualTo(ActionItemStatus.CLOSED);
		assertThat(actionItems.get(items.get(1).getId()).getStatusNote()).isEqualTo("No longer needed");
		assertThat(actionItems.get(items.get(2).getId()).getStatus()).isEqualTo(ActionItemStatus.DONE);
		for (int i = 1; i < 3; i++) {
			assertThat(processOf(items.get(i))).as("ended by the minutes").isNull();
			assertThat(historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(items.get(i).getProcessInstanceId())
				.singleResult()
				.getEndActivityId()).isEqualTo(ActionItemProcess.ENDED);
		}
		// months later every first date has passed: the partner's item was done late (0
		// of 1); ours were carried
		// over and dropped after their first dates, and both count against them (0 of 2)
		assertThat(actionItems.reliability(partnerId).get(Side.PROVIDER)).extracting("kept", "due")
			.containsExactly(0, 1);
		assertThat(actionItems.reliability(partnerId).get(Side.BUYER)).extracting("kept", "due").containsExactly(0, 2);
	}

	private java.util.Date dueSoonTimer(ActionItem item) {
		return processEngine.getManagementService()
			.createJobQuery()
			.processInstanceId(item.getProcessInstanceId())
			.activityId(ActionItemProcess.DUE_SOON)
			.singleResult()
			.getDuedate();
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void shouldRefuseAnOwnerOrItemThatIsNotTheReviewsOwn(org.springframework.boot.test.system.CapturedOutput output) {
		String other = lifecycles.active();
		Review review = untilTheMinutes();
		Task task = driver.openTask(partnerId, ReviewProcess.RECORD_MINUTES);
		assertThatThrownBy(() -> driver.complete(task, "sofia",
				FormValues.recordMinutes("S", List.of(),
						new NewActionItem("X", "user:" + lifecycles.representative(other), inDays(10)))))
			.satisfies(e -> assertThat(invalidInput(e).field()).isEqualTo("newItems[1].owner"));
		assertThatThrownBy(() -> driver.complete(task, "sofia",
				FormValues.recordMinutes("S", List.of(), new NewActionItem("X", "user:sofia", time.today()))))
			.satisfies(e -> assertThat(invalidInput(e).field()).isEqualTo("newItems[1].dueDate"));
		assertThatThrownBy(() -> driver.complete(task, "sofia",
				FormValues.recordMinutes("S", List.of(new EarlierActionItem(999_999L, "DONE", null, null)))))
			.satisfies(e -> assertThat(invalidInput(e).field()).isEqualTo("earlierItems[1].item"));
		assertThat(actionItems.ofReview(review.getId())).isEmpty();
		assertThat(minutes.minutesOf(review.getId())).isEmpty();
		assertThat(output.getAll()).as("a refusal is the user's mistake, checked before the task completes: no ERROR")
			.doesNotContain("ENGINE-16004")
			.doesNotContain("ENGINE-03051");
	}

	@Test
	void shouldDecideWithoutTheAcknowledgementOnceItsDueDatePassed() {
		Review review = untilTheMinutes();
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia", FormValues.recordMinutes("S", List.of()));
		Task acknowledge = driver.openTask(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES);
		lifecycles.clockTo(partnerId, acknowledge.getDueDate().toInstant().plus(Duration.ofMinutes(1)));
		assertThat(driver.openTasks(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES)).isEmpty();
		assertThat(lifecycles.taskVariables(partnerId, ReviewProcess.DECIDE_OUTCOME)
			.get("minutesAcknowledgement")
			.toString()).contains("did not acknowledge");
		assertThat(minutes.minutesOf(review.getId()).orElseThrow().acknowledgement()).isNull();
	}

	@Test
	void shouldEndOpenItemsWithTheReasonWhenThePartnershipEndsAndListThemInTheExitPlan() {
		Review review = untilTheMinutes();
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia", FormValues.recordMinutes("S", List.of(),
				new NewActionItem("Open at the end", "user:sofia", inDays(40))));
		driver.executeDueJobs(partnerId);
		ActionItem item = actionItems.ofReview(review.getId()).get(0);

		driver.asUser("sofia", () -> terminations.request(partnerId, Side.BUYER, "Merger with another provider"));
		driver.executeDueJobs(partnerId);

		ActionItem ended = actionItems.get(item.getId());
		assertThat(ended.getStatus()).isEqualTo(ActionItemStatus.CLOSED);
		assertThat(ended.getStatusNote()).startsWith("The partnership ended: ")
			.contains("Merger with another provider");
		assertThat(processOf(item)).isNull();
		assertThat(lifecycles.taskVariables(partnerId, com.partnerlifecycle.dissolution.DissolutionProcess.PLAN_EXIT)
			.get("endedActionItems")
			.toString()).contains("Open at the end");
	}

	@Test
	void shouldCountCommitmentReliabilityAgainstTheDateFirstAgreed() {
		Review review = untilTheMinutes();
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
				FormValues.recordMinutes("S", List.of(), new NewActionItem("On time", "user:sofia", inDays(5)),
						new NewActionItem("Late", "user:sofia", inDays(5))));
		driver.executeDueJobs(partnerId);
		List<ActionItem> items = actionItems.ofReview(review.getId());
		driver.complete(
				taskService.createTaskQuery().processInstanceId(items.get(0).getProcessInstanceId()).singleResult(),
				"sofia", FormValues.reportActionItem("DONE", "Done early"));
		lifecycles.clockTo(partnerId, time.startOf(inDays(8)).toInstant().plus(Duration.ofHours(10)));
		driver.complete(
				taskService.createTaskQuery().processInstanceId(items.get(1).getProcessInstanceId()).singleResult(),
				"sofia", FormValues.reportActionItem("DONE", "Done late"));
		CommitmentReliability.Reliability ours = actionItems.reliability(partnerId).get(Side.BUYER);
		assertThat(ours.kept()).isEqualTo(1);
		assertThat(ours.due()).isEqualTo(2);
		assertThat(ours.percent()).isEqualTo(50);
	}

}
