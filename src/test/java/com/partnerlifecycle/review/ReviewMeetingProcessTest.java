package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;

/**
 * Business review 2.0: both sides rate before the meeting, blind to each other, until
 * both have rated or the rating deadline (meeting minus
 * {@code partnership.review-calendar.rating-lead}, one day) passes; then the reveal, the
 * assessment, the agenda and the decision. The deadline moves with the meeting; a review
 * started on version 1.1 still finishes.
 */
@LifecycleTest
class ReviewMeetingProcessTest {

	/**
	 * What the partner's side enters: none of it may be seen by our side before the
	 * reveal.
	 */
	static final long PROVIDER_REVENUE = 77_777;

	static final long PROVIDER_CROSS_BUSINESS = 31_337;

	static final String PROVIDER_TOPIC = "Zebra crossing the roadmap";

	static final String PROVIDER_TOPIC_TEXT = "Quokka wants a joint launch";

	static final String PROVIDER_COMMENT = "Narwhal comment of the partner";

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewDates reviewDates;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	BusinessTime time;

	@Autowired
	MockMvc mvc;

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

	// the steps

	static Map<String, Object> topic(TopicKind kind, String title, String text) {
		Map<String, Object> topic = new LinkedHashMap<>();
		topic.put("kind", kind.name());
		topic.put("title", title);
		topic.put("text", text);
		return topic;
	}

	/**
	 * Our side rates cooperative/transparent 4 and the others as given, with one topic.
	 */
	static Map<String, Object> buyerRating(int cooperative, int transparent, int endUserFocused, int innovationDriven) {
		Map<String, Object> values = new LinkedHashMap<>(FormValues.rateAsBuyer(4, 100_000, 0));
		values.put("ratingCooperative", cooperative);
		values.put("ratingTransparent", transparent);
		values.put("ratingEndUserFocused", endUserFocused);
		values.put("ratingInnovationDriven", innovationDriven);
		values.put("agendaTopics", List.of(topic(TopicKind.IMPERATIVE, "Faster incident response", "Within 4 hours")));
		return values;
	}

	/** The partner rates every value 4 and brings its topic. */
	static Map<String, Object> providerRating() {
		Map<String, Object> values = new LinkedHashMap<>(
				FormValues.rateAsProvider(4, PROVIDER_REVENUE, PROVIDER_CROSS_BUSINESS));
		values.put("ratingComment", PROVIDER_COMMENT);
		values.put("agendaTopics", List.of(topic(TopicKind.PROPOSAL, PROVIDER_TOPIC, PROVIDER_TOPIC_TEXT)));
		return values;
	}

	void providerRates() {
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId), providerRating());
	}

	void buyerRates() {
		// transparent 2 against the partner's 4: a flagged gap; cooperative 3 against 4:
		// not flagged
		driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", buyerRating(3, 2, 4, 4));
	}

	/**
	 * The review's process started, the meeting set a week ahead, the invitations sent.
	 */
	Review scheduled() {
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		return review();
	}

	Review review() {
		List<Review> history = reviews.history(partnerId);
		return history.get(history.size() - 1);
	}

	ProcessInstance instance(Review review) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceId(review.getProcessInstanceId())
			.singleResult();
	}

	Job deadlineTimer(Review review) {
		return managementService.createJobQuery()
			.processInstanceId(review.getProcessInstanceId())
			.activityId(ReviewProcess.RATING_DEADLINE)
			.singleResult();
	}

	Instant deadlineOf(Instant meeting) {
		return meeting.atZone(time.zone()).minusDays(1).toInstant();
	}

	List<Task> ratingTasks(Review review) {
		return taskService.createTaskQuery()
			.processInstanceId(review.getProcessInstanceId())
			.taskDefinitionKeyIn(ReviewProcess.RATE_BUYER, ReviewProcess.RATE_PROVIDER)
			.list();
	}

	ResultActions move(Review review, Instant meetingAt) throws Exception {
		return mvc.perform(put("/api/partners/{id}/reviews/{n}/meeting", partnerId, review.getNumber())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meetingDate\":\"" + meetingAt.atOffset(ZoneOffset.UTC) + "\",\"durationMinutes\":60}"));
	}

	/**
	 * The refusal the form listener raised, inside the engine's wrapping (Tasklist shows
	 * its message).
	 */
	static InvalidInputException invalidInput(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("No InvalidInputException in " + thrown, thrown);
	}

	static ValueRatings fours() {
		return new ValueRatings(4, 4, 4, 4);
	}

	// both rate in time

	@Test
	void shouldRevealAssessAndMailTheAgendaWhenBothRateBeforeTheDeadline() {
		Review review = scheduled();
		assertThat(instance(review)).isWaitingAt(ReviewProcess.RATE_BUYER, ReviewProcess.RATE_PROVIDER);
		assertThat(deadlineTimer(review).getDuedate().toInstant()).isCloseTo(deadlineOf(review.getMeetingAt()),
				within(1, ChronoUnit.SECONDS));

		providerRates();
		assertThat(review().isRevealed()).as("one side rated: still blind").isFalse();
		buyerRates();

		Review rated = review();
		assertThat(rated.isRevealed()).isTrue();
		assertThat(rated.getRevealedAt()).isBefore(deadlineOf(rated.getMeetingAt()));
		assertThat(rated.getStatus()).isEqualTo(ReviewStatus.RATED);
		assertThat(rated.getHealth()).isEqualTo(ReviewHealth.HEALTHY);
		assertThat(reviews.didNotRate(rated.getId())).isEmpty();
		assertThat(reviews.perceptionGaps(rated.getId())).filteredOn(PerceptionGap::flagged)
			.singleElement()
			.satisfies(gap -> {
				assertThat(gap.value()).isEqualTo(ValueRatings.Value.TRANSPARENT);
				assertThat(gap.buyer()).isEqualTo(2);
				assertThat(gap.provider()).isEqualTo(4);
			});
		assertThat(reviews.topicsOf(rated.getId())).extracting(ReviewTopic::getSide, ReviewTopic::getTitle)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Side.BUYER, "Faster incident response"),
					org.assertj.core.groups.Tuple.tuple(Side.PROVIDER, PROVIDER_TOPIC));
		assertThat(instance(rated)).hasPassed(ReviewProcess.REVEAL_RATINGS, ReviewProcess.ASSESS_HEALTH)
			.isWaitingAt(ReviewProcess.SEND_AGENDA);
		assertThat(deadlineTimer(rated)).as("the deadline timer is gone with the rating").isNull();
		assertThat(driver.openTasks(partnerId, ReviewProcess.DECIDE_OUTCOME)).isEmpty();

		driver.executeDueJobs(partnerId); // the agenda

		assertThat(instance(rated)).hasPassed(ReviewProcess.SEND_AGENDA).isWaitingAt(ReviewProcess.RECORD_MINUTES);
		assertThat(driver.openTasks(partnerId, ReviewProcess.DECIDE_OUTCOME)).isEmpty();
		lifecycles.recordMinutesAndAccept(partnerId);

		assertThat(instance(rated)).hasPassed(ReviewProcess.RECORD_MINUTES, ReviewProcess.ACKNOWLEDGE_MINUTES)
			.isWaitingAt(ReviewProcess.DECIDE_OUTCOME);
		assertThat(driver.openTasks(partnerId, ReviewProcess.DECIDE_OUTCOME)).hasSize(1);
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(rated.getProcessInstanceId())
			.activityId(ReviewProcess.RATING_DEADLINE)
			.count()).as("the deadline never fired").isZero();
	}

	// one side misses the deadline

	@Test
	void shouldEndTheRatingOfTheSideThatMissedTheDeadlineAndAssessAOneSidedReview() {
		Review review = scheduled();
		providerRates();

		lifecycles.clockTo(partnerId, deadlineOf(review.getMeetingAt()).minusSeconds(60));
		assertThat(review().isRevealed()).as("before the deadline").isFalse();
		assertThat(driver.openTasks(partnerId, ReviewProcess.RATE_BUYER)).hasSize(1);

		lifecycles.clockTo(partnerId, deadlineOf(review.getMeetingAt()).plusSeconds(60));

		assertThat(driver.openTasks(partnerId, ReviewProcess.RATE_BUYER)).isEmpty();
		HistoricTaskInstance ended = historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(review.getProcessInstanceId())
			.taskDefinitionKey(ReviewProcess.RATE_BUYER)
			.singleResult();
		assertThat(ended.getEndTime()).isNotNull();
		assertThat(ended.getDeleteReason()).as("ended by the deadline, not completed").isNotEqualTo("completed");
		assertThat(ended.getAssignee()).as("completed by no one").isNull();
		HistoricActivityInstance buyerActivity = historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(review.getProcessInstanceId())
			.activityId(ReviewProcess.RATE_BUYER)
			.singleResult();
		assertThat(buyerActivity.isCanceled()).isTrue();
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(review.getProcessInstanceId())
			.activityId(ReviewProcess.RATING_DEADLINE)
			.finished()
			.count()).isEqualTo(1);

		Review oneSided = review();
		assertThat(oneSided.isRevealed()).isTrue();
		assertThat(reviews.didNotRate(oneSided.getId())).containsExactly(Side.BUYER);
		assertThat(oneSided.getHealthy()).isNull();
		assertThat(oneSided.getHealth()).isEqualTo(ReviewHealth.ONE_SIDED);
		assertThat(oneSided.getRecommendation()).isEqualTo(ReviewRecommendation.IMPROVEMENT_PLAN);
		assertThat(oneSided.getReasons())
			.contains("Our side did not rate before the deadline: a one-sided review, its health cannot be found");
		assertThat(reviews.ratingsOf(oneSided.getId())).extracting(ReviewRating::getSide)
			.containsExactly(Side.PROVIDER);
		assertThat(reviews.perceptionGaps(oneSided.getId())).isEmpty();
		assertThat(reviews.agenda(oneSided.getId(), Side.BUYER).items()).extracting(ReviewAgenda.Item::kind)
			.contains(ReviewAgenda.Kind.DID_NOT_RATE, ReviewAgenda.Kind.PROPOSAL);
		lifecycles.recordMinutesAndAccept(partnerId);
		assertThat(driver.openTasks(partnerId, ReviewProcess.DECIDE_OUTCOME)).hasSize(1);
		assertThat(lifecycles.taskVariables(partnerId, ReviewProcess.DECIDE_OUTCOME)).containsEntry("healthy",
				"One-sided: a side did not rate");

		assertThatThrownBy(() -> reviews.rate(oneSided.getId(), Side.BUYER, fours(), BigDecimal.TEN, BigDecimal.ZERO,
				"Too late", List.of()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("did not rate this review");
		assertThat(reviews.ratingsOf(oneSided.getId())).hasSize(1);
		assertThat(reviews.topicsOf(oneSided.getId())).extracting(ReviewTopic::getSide).containsOnly(Side.PROVIDER);
	}

	// the meeting moves

	@Test
	void shouldMoveTheDeadlineAndTheRatingTasksDueDatesWithTheMeetingUntilTheReveal() throws Exception {
		Review review = scheduled();
		Instant later = review.getMeetingAt().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

		move(review, later).andExpect(status().isOk()).andExpect(jsonPath("$.invitationSequence").value(1));

		assertThat(deadlineTimer(review).getDuedate().toInstant()).isEqualTo(deadlineOf(later));
		assertThat(ratingTasks(review)).hasSize(2)
			.allSatisfy(task -> assertThat(task.getDueDate().toInstant()).isEqualTo(deadlineOf(later)))
			.allSatisfy(
					task -> assertThat(task.getFollowUpDate().toInstant()).as("followed up when reminded to prepare")
						.isEqualTo(reviewDates.prepareReminderAt(review.getId()).toInstant()));
		driver.executeDueJobs(partnerId); // the updated invitations
		assertThat(ratingTasks(review)).as("the deadline did not fire at the old date").hasSize(2);

		Instant tooClose = lifecycles.now().plus(Duration.ofDays(2)).minus(Duration.ofMinutes(1));
		move(review, tooClose).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("meetingDate"));
		assertThat(review().getMeetingAt()).isEqualTo(later);
		assertThat(deadlineTimer(review).getDuedate().toInstant()).isEqualTo(deadlineOf(later));

		providerRates();
		buyerRates();
		driver.executeDueJobs(partnerId);
		assertThat(review().isRevealed()).isTrue();

		// after the reveal: closer than rating lead + 1 day, still in the future, and no
		// deadline any more
		Instant tomorrow = lifecycles.now().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.SECONDS);
		move(review, tomorrow).andExpect(status().isOk()).andExpect(jsonPath("$.invitationSequence").value(2));

		assertThat(review().getMeetingAt()).isEqualTo(tomorrow);
		assertThat(deadlineTimer(review)).isNull();
		assertThat(ratingTasks(review)).isEmpty();
		driver.executeDueJobs(partnerId);
		assertThat(deadlineTimer(review)).isNull();
		assertThat(review().getStatus()).isEqualTo(ReviewStatus.RATED);
		lifecycles.recordMinutesAndAccept(partnerId);
		assertThat(driver.openTasks(partnerId, ReviewProcess.DECIDE_OUTCOME)).hasSize(1);
		move(review, lifecycles.now().minus(Duration.ofHours(1))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("meetingDate"));
	}

	@Test
	void shouldMoveTheDecisionsDueDateWithAMeetingMovedAfterTheReveal() throws Exception {
		Review review = scheduled();
		providerRates();
		buyerRates();
		driver.executeDueJobs(partnerId);
		lifecycles.recordMinutesAndAccept(partnerId);
		Task decide = driver.openTask(partnerId, ReviewProcess.DECIDE_OUTCOME);
		assertThat(decide.getDueDate()).isEqualTo(reviewDates.decisionDue(review.getId()));

		// past the review's due date: the decision is due a week after the meeting, no
		// longer after the due date
		Instant muchLater = review.getMeetingAt().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
		move(review, muchLater).andExpect(status().isOk());

		Instant decisionDue = muchLater.plus(Duration.ofDays(7));
		assertThat(reviewDates.decisionDue(review.getId()).toInstant()).isEqualTo(decisionDue);
		assertThat(managementService.createJobQuery()
			.processInstanceId(review.getProcessInstanceId())
			.activityId(ReviewProcess.REVIEW_OVERDUE)
			.singleResult()
			.getDuedate()
			.toInstant()).isEqualTo(decisionDue);
		Task moved = driver.openTask(partnerId, ReviewProcess.DECIDE_OUTCOME);
		assertThat(moved.getDueDate().toInstant()).as("the decision task is due when the overdue escalation fires")
			.isEqualTo(decisionDue);
		assertThat(moved.getFollowUpDate()).isEqualTo(reviewDates.meetingFollowUp(review.getId()));
	}

	/**
	 * Between scheduling and the invitations' step (a mail server down, the step
	 * retrying), the meeting moves.
	 */
	@Test
	void shouldMoveAMeetingWhoseInvitationsAreNotSentYet() throws Exception {
		lifecycles.untilNextReviewStarts(partnerId);
		driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia",
				FormValues.scheduleReviewMeeting(
						lifecycles.now().plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).toString(), "erik", "Pat",
						"pat@provider.example"));
		Review review = review();
		assertThat(instance(review)).isWaitingAt(ReviewProcess.SEND_INVITATIONS);
		Instant later = review.getMeetingAt().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

		move(review, later).andExpect(status().isOk());

		driver.executeDueJobs(partnerId);
		assertThat(review().getMeetingAt()).isEqualTo(later);
		assertThat(deadlineTimer(review).getDuedate().toInstant()).isEqualTo(deadlineOf(later));
		assertThat(ratingTasks(review)).hasSize(2)
			.allSatisfy(task -> assertThat(task.getDueDate().toInstant()).isEqualTo(deadlineOf(later)));
	}

	@Test
	void shouldRefuseToScheduleAMeetingCloserThanTheRatingLeadPlusOneDay() {
		lifecycles.untilNextReviewStarts(partnerId);
		Instant tooClose = lifecycles.now().plus(Duration.ofDays(2)).minus(Duration.ofMinutes(1));

		assertThatThrownBy(() -> driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia",
				FormValues.scheduleReviewMeeting(tooClose.atOffset(ZoneOffset.UTC).toString(), "erik", "Pat",
						"pat@provider.example")))
			.satisfies(e -> assertThat(invalidInput(e).field()).isEqualTo("meetingDate"))
			.hasMessageContaining("meetingDate: must leave both sides time to rate before it");
		assertThat(review().getMeetingAt()).isNull();
		assertThat(driver.openTasks(partnerId, ReviewProcess.SCHEDULE_MEETING)).hasSize(1);

		Instant earliest = lifecycles.now()
			.plus(Duration.ofDays(2))
			.plus(Duration.ofMinutes(1))
			.truncatedTo(ChronoUnit.SECONDS);
		driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia", FormValues.scheduleReviewMeeting(
				earliest.atOffset(ZoneOffset.UTC).toString(), "erik", "Pat", "pat@provider.example"));
		driver.executeDueJobs(partnerId);
		assertThat(review().getMeetingAt()).isEqualTo(earliest);
		assertThat(deadlineTimer(review()).getDuedate().toInstant()).isEqualTo(deadlineOf(earliest));
	}

	// blind until the reveal

	@Test
	void shouldKeepEverythingOfOneSideOutOfTheEngineUntilTheReveal() {
		Review review = scheduled();

		providerRates();

		List<String> instances = new ArrayList<>();
		historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.list()
			.forEach(i -> instances.add(i.getId()));
		assertThat(instances).contains(review.getProcessInstanceId());
		List<String> seen = new ArrayList<>();
		for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.disableCustomObjectDeserialization()
			.list()) {
			seen.add(variable.getName() + "=" + variable.getValue());
		}
		Task buyerTask = driver.openTask(partnerId, ReviewProcess.RATE_BUYER);
		taskService.getVariables(buyerTask.getId()).forEach((name, value) -> seen.add(name + "=" + value));
		for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.disableCustomObjectDeserialization()
			.list()) {
			seen.add(variable.getName() + "=" + variable.getValue());
		}
		int details = 0;
		for (String instance : instances) {
			for (HistoricDetail detail : historyService.createHistoricDetailQuery()
				.processInstanceId(instance)
				.disableCustomObjectDeserialization()
				.list()) {
				details++;
				if (detail instanceof HistoricVariableUpdate update) {
					seen.add(update.getVariableName() + "=" + update.getValue());
				}
				else if (detail instanceof HistoricFormField field) {
					seen.add(field.getFieldId() + "=" + field.getFieldValue());
				}
			}
		}

		assertThat(seen).isNotEmpty();
		assertThat(seen).as("%d variables and %d history details", seen.size(), details)
			.noneMatch(entry -> ReviewProcess.BLIND_FIELDS.contains(entry.substring(0, entry.indexOf('='))))
			.noneMatch(entry -> entry.contains(String.valueOf(PROVIDER_REVENUE)))
			.noneMatch(entry -> entry.contains(String.valueOf(PROVIDER_CROSS_BUSINESS)))
			.noneMatch(entry -> entry.contains(PROVIDER_TOPIC))
			.noneMatch(entry -> entry.contains(PROVIDER_TOPIC_TEXT))
			.noneMatch(entry -> entry.contains(PROVIDER_COMMENT));
		assertThat(reviews.ratingsOf(review.getId())).isEmpty();
		assertThat(reviews.topicsOf(review.getId())).isEmpty();
		assertThat(reviews.perceptionGaps(review.getId())).isEmpty();
		assertThat(reviews.didNotRate(review.getId())).isEmpty();
		assertThat(reviews.agenda(review.getId(), Side.BUYER).items()).isEmpty();

		buyerRates();
		assertThat(reviews.ratingsOf(review.getId())).extracting(ReviewRating::getSide)
			.containsExactlyInAnyOrder(Side.BUYER, Side.PROVIDER);
		assertThat(reviews.topicsOf(review.getId())).extracting(ReviewTopic::getTitle).contains(PROVIDER_TOPIC);
	}

	// a review of the older process version

	@Test
	void shouldFinishAReviewStartedOnProcessVersion11() {
		ProcessDefinition current = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.latestVersion()
			.singleResult();
		assertThat(current.getVersionTag()).isEqualTo("2.1");
		String folder = "legacy/business-review-1.1/";
		Deployment legacy = repositoryService.createDeployment()
			.name("business-review version 1.1 (test)")
			.addClasspathResource(folder + "business-review.bpmn")
			.addClasspathResource(folder + "schedule-review-meeting.form")
			.addClasspathResource(folder + "rate-review-buyer.form")
			.addClasspathResource(folder + "rate-review-provider.form")
			.addClasspathResource(folder + "decide-review-outcome.form")
			.deploy();
		try {
			ProcessDefinition v11 = repositoryService.createProcessDefinitionQuery()
				.deploymentId(legacy.getId())
				.singleResult();
			assertThat(v11.getVersionTag()).isEqualTo("1.1");

			// the lifecycle's call activity (binding latest) starts the review on 1.1, as
			// before the release
			lifecycles.untilNextReviewStarts(partnerId);
			Review review = review();
			assertThat(instance(review).getProcessDefinitionId()).isEqualTo(v11.getId());
			lifecycles.scheduleMeeting(partnerId);
			assertThat(instance(review)).isWaitingAt(ReviewProcess.RATE_BUYER, ReviewProcess.RATE_PROVIDER);
			assertThat(deadlineTimer(review)).as("1.1 has no rating deadline").isNull();

			driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId),
					FormValues.rateAsProvider(4, 80_000, 0));
			assertThat(review().isRevealed()).isFalse();
			assertThat(reviews.ratingsOf(review.getId())).isEmpty();
			driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", FormValues.rateAsBuyer(4, 100_000, 0));

			Review assessed = review();
			assertThat(assessed.isRevealed()).as("assess reveals on 1.1").isTrue();
			assertThat(assessed.getHealth()).isEqualTo(ReviewHealth.HEALTHY);
			assertThat(assessed.getRecommendation()).isEqualTo(ReviewRecommendation.CONTINUE);
			assertThat(reviews.ratingsOf(review.getId())).hasSize(2);
			assertThat(instance(review)).hasPassed(ReviewProcess.ASSESS_HEALTH)
				.isWaitingAt(ReviewProcess.DECIDE_OUTCOME);

			driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva", FormValues.decideReview("CONTINUE", null));
			driver.executeDueJobs(partnerId);

			Review decided = review();
			assertThat(decided.getStatus()).isEqualTo(ReviewStatus.DECIDED);
			assertThat(decided.getDecision()).isEqualTo(ReviewRecommendation.CONTINUE);
			assertThat(decided.isRevealed()).isTrue();
			assertThat(decided.getHealth()).isEqualTo(ReviewHealth.HEALTHY);
			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceId(review.getProcessInstanceId())
				.count()).as("the 1.1 instance ended").isZero();
			assertThat(historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(review.getProcessInstanceId())
				.singleResult()
				.getProcessDefinitionId()).isEqualTo(v11.getId());
			ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(LifecycleProcess.KEY)
				.processInstanceBusinessKey(partnerId)
				.singleResult();
			assertThat(runtimeService.getVariable(lifecycle.getId(), ReviewProcess.REVIEW_DECISION))
				.isEqualTo("CONTINUE");
		}
		finally {
			repositoryService.deleteDeployment(legacy.getId(), true);
		}
		assertThat(repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId()).as("2.1 is the latest again").isEqualTo(current.getId());
	}

}
