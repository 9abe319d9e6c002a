package com.partnerlifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.FormValues.NewActionItem;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.followup.ActionItem;
import com.partnerlifecycle.followup.ActionItemService;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.reminder.Reminder;
import com.partnerlifecycle.reminder.ReminderRepository;
import com.partnerlifecycle.reminder.ReminderStatus;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewDates;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;

/**
 * The product's meters after real lifecycle steps, read from the registry and from the
 * Prometheus scrape. The tests share the context and the database with every other test
 * class, so each asserts what its own steps changed, at a clock it holds still between
 * the two readings.
 */
@LifecycleTest
class ProductMetricsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MeterRegistry registry;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	ProductReadings readings;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewDates reviewDates;

	@Autowired
	ActionItemService actionItems;

	@Autowired
	ReminderRepository reminderRows;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	BusinessTime time;

	@Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}")
	long lockTimeMillis;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		identity.clearAuthentication();
		driver.resetClock();
	}

	// reading the meters

	/**
	 * A gauge from a fresh round of counts; the scrape shows the same value under its
	 * Prometheus name.
	 */
	double gauge(String name, String... tag) {
		readings.forget();
		RequiredSearch search = registry.get(name);
		if (tag.length > 0) {
			search = search.tag(tag[0], tag[1]);
		}
		double value = search.gauge().value();
		assertThat(scraped(name.replace('.', '_').replace('-', '_'), tag)).as("%s %s in the scrape", name, List.of(tag))
			.isEqualTo(value);
		return value;
	}

	double transitions(String stage) {
		double value = registry.get("partnership.stage.transitions").tag("stage", stage).functionCounter().count();
		assertThat(scraped("partnership_stage_transitions_total", "stage", stage)).isEqualTo(value);
		return value;
	}

	/** The value of one series of the scrape: {@code name{key="value"} 3.0}. */
	double scraped(String name, String... tag) {
		String series = tag.length == 0 ? name : name + "{" + tag[0] + "=\"" + tag[1] + "\"}";
		return prometheus.scrape()
			.lines()
			.filter(line -> line.startsWith(series + " "))
			.map(line -> Double.parseDouble(line.substring(series.length()).trim().split(" ")[0]))
			.findFirst()
			.orElseThrow(() -> new AssertionError(series + " is not in the scrape"));
	}

	Map<ReminderStatus, Long> remindersOf(String partnerId) {
		Map<ReminderStatus, Long> counts = new EnumMap<>(ReminderStatus.class);
		for (ReminderStatus status : ReminderStatus.values()) {
			counts.put(status, 0L);
		}
		reminderRows.findByPartnerIdOrderByCreatedAtDescIdDesc(partnerId, Pageable.unpaged())
			.forEach(row -> counts.merge(row.getStatus(), 1L, Long::sum));
		return counts;
	}

	/**
	 * What the engine takes for executable (retries left, due) in the partner's
	 * processes.
	 */
	long executableJobs(String partnerId) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.listPage(0, 100)
			.stream()
			.mapToLong(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().count())
			.sum();
	}

	ProcessInstance reviewOf(String partnerId) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.processInstanceBusinessKey(partnerId)
			.singleResult();
	}

	Review lastReview(String partnerId) {
		List<Review> history = reviews.history(partnerId);
		return history.get(history.size() - 1);
	}

	long tasksOfItsGroup(String partnerId) {
		return tasks.createTaskQuery().taskCandidateGroup(partners.groupOf(partnerId)).includeAssignedTasks().count();
	}

	void scheduleMeetingAt(String partnerId, Instant meeting) {
		driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia", FormValues
			.scheduleReviewMeeting(meeting.atOffset(ZoneOffset.UTC).toString(), "erik", "Pat", "pat@provider.example"));
	}

	// stage transitions

	@Test
	void everyStageEnteredCountsOnceAndAMoveThatRollsBackNotAtAll() {
		double candidates = transitions("candidate");
		double pilots = transitions("pilot");

		String partnerId = lifecycles.register();
		assertThat(transitions("candidate")).isEqualTo(candidates + 1);
		assertThat(transitions("pilot")).isEqualTo(pilots);

		lifecycles.planPilots(partnerId, lifecycles.pilot("Pilot A", 10, "Criterion one"));
		driver.executeDueJobs(partnerId);
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.PILOT);
		assertThat(transitions("pilot")).isEqualTo(pilots + 1);
		assertThat(transitions("candidate")).isEqualTo(candidates + 1);

		double evaluations = transitions("evaluation");
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			partners.moveTo(partnerId, Stage.EVALUATION, "a step that fails");
			status.setRollbackOnly();
		});
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.PILOT);
		assertThat(transitions("evaluation")).isEqualTo(evaluations);
	}

	@Test
	void everyStageHasItsSeriesFromTheStartAndNoOtherLabelExists() {
		for (Stage stage : Stage.values()) {
			assertThat(transitions(stage.name().toLowerCase(java.util.Locale.ROOT))).isGreaterThanOrEqualTo(0);
		}
		assertThat(registry.find("partnership.stage.transitions").meters()).hasSize(Stage.values().length);
	}

	// reminders

	@Test
	void remindersCountByStatusAndOneLeftSendingLongerThanTheLockTimeMayHaveBeenSent() {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		Map<ReminderStatus, Long> rowsBefore = remindersOf(partnerId);
		double sent = gauge("partnership.reminders", "status", "sent");
		double pending = gauge("partnership.reminders", "status", "pending");
		double sendingOrStale = gauge("partnership.reminders", "status", "sending")
				+ gauge("partnership.reminders", "status", "may_have_been_sent");

		lifecycles.scheduleMeeting(partnerId); // the invitations go out
		Map<ReminderStatus, Long> rowsAfter = remindersOf(partnerId);
		long sentNow = rowsAfter.get(ReminderStatus.SENT) - rowsBefore.get(ReminderStatus.SENT);
		assertThat(sentNow).as("invitations sent").isPositive();
		assertThat(gauge("partnership.reminders", "status", "sent")).isEqualTo(sent + sentNow);
		assertThat(gauge("partnership.reminders", "status", "pending"))
			.isEqualTo(pending + rowsAfter.get(ReminderStatus.PENDING) - rowsBefore.get(ReminderStatus.PENDING));

		// a node stops between the SMTP call and SENT: SENDING, first as another attempt
		// in flight, then stale
		Reminder row = reminderRows.findByPartnerIdOrderByCreatedAtDescIdDesc(partnerId, Pageable.unpaged())
			.stream()
			.filter(r -> r.getStatus() == ReminderStatus.SENT)
			.findFirst()
			.orElseThrow();
		double stale = gauge("partnership.reminders", "status", "may_have_been_sent");
		double sending = gauge("partnership.reminders", "status", "sending");
		try {
			jdbc.update("update reminder set status = 'SENDING', sending_at = ? where id = ?",
					Timestamp.from(time.now().minusSeconds(60)), row.getId());
			assertThat(gauge("partnership.reminders", "status", "sending")).isEqualTo(sending + 1);
			assertThat(gauge("partnership.reminders", "status", "may_have_been_sent")).isEqualTo(stale);
			assertThat(gauge("partnership.reminders", "status", "sent")).isEqualTo(sent + sentNow - 1);

			jdbc.update("update reminder set sending_at = ? where id = ?",
					Timestamp.from(time.now().minusMillis(lockTimeMillis).minusSeconds(60)), row.getId());
			assertThat(gauge("partnership.reminders", "status", "may_have_been_sent")).isEqualTo(stale + 1);
			assertThat(gauge("partnership.reminders", "status", "sending")).isEqualTo(sending);
			assertThat(sending + stale).isEqualTo(sendingOrStale);
		}
		finally {
			jdbc.update("update reminder set status = 'SENT', sending_at = ? where id = ?",
					Timestamp.from(row.getSendingAt()), row.getId());
		}
		assertThat(gauge("partnership.reminders", "status", "may_have_been_sent")).isEqualTo(stale);
	}

	// jobs and incidents

	@Test
	void dueLockedAndFailedJobsAreCountedAndAnIncidentOnceThoughTheCallingProcessCarriesItToo() {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		double due = gauge("partnership.jobs", "state", "due");
		double locked = gauge("partnership.jobs", "state", "locked");
		double failed = gauge("partnership.incidents.open", "type", "failedJob");
		long executable = executableJobs(partnerId);

		scheduleMeetingAt(partnerId, lifecycles.now().plus(Duration.ofDays(7))); // its
																					// send
																					// step
																					// waits
																					// as
																					// a
																					// job
		long madeDue = executableJobs(partnerId) - executable;
		assertThat(madeDue).isPositive();
		assertThat(gauge("partnership.jobs", "state", "due")).isEqualTo(due + madeDue);

		Job send = management.createJobQuery()
			.processInstanceId(reviewOf(partnerId).getId())
			.executable()
			.list()
			.get(0);
		long incidentRows = runtime.createIncidentQuery().count();
		management.setJobRetries(send.getId(), 0);
		assertThat(runtime.createIncidentQuery().count()).as("the review's incident and its copy on the lifecycle")
			.isEqualTo(incidentRows + 2);
		assertThat(gauge("partnership.incidents.open", "type", "failedJob")).isEqualTo(failed + 1);
		assertThat(gauge("partnership.jobs", "state", "due")).isEqualTo(due + madeDue - 1);

		management.setJobRetries(send.getId(), 1);
		assertThat(gauge("partnership.incidents.open", "type", "failedJob")).isEqualTo(failed);

		try {
			jdbc.update(
					"update " + management.getTableName(org.camunda.bpm.engine.impl.persistence.entity.JobEntity.class)
							+ " set LOCK_OWNER_ = 'another-node', LOCK_EXP_TIME_ = ? where ID_ = ?",
					Timestamp.from(time.now().plus(Duration.ofMinutes(5))), send.getId());
			assertThat(gauge("partnership.jobs", "state", "locked")).isEqualTo(locked + 1);
			assertThat(gauge("partnership.jobs", "state", "due")).isEqualTo(due + madeDue - 1);
		}
		finally {
			jdbc.update(
					"update " + management.getTableName(org.camunda.bpm.engine.impl.persistence.entity.JobEntity.class)
							+ " set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where ID_ = ?",
					send.getId());
		}
		assertThat(gauge("partnership.jobs", "state", "locked")).isEqualTo(locked);
		driver.executeDueJobs(partnerId);
		assertThat(gauge("partnership.jobs", "state", "due")).isEqualTo(due);
	}

	// tasks

	@Test
	void twoPartnersTasksCountUnderOnePartnerLabelAndNoPartnersGroupBecomesALabel() {
		String first = lifecycles.active();
		String second = lifecycles.active();
		lifecycles.untilNextReviewStarts(first);
		lifecycles.untilNextReviewStarts(second);
		double partnerTasks = gauge("partnership.tasks.open", "group", "partner");
		long theirs = tasksOfItsGroup(first) + tasksOfItsGroup(second);

		lifecycles.scheduleMeeting(first); // each partner's side now rates, a task for
											// its group
		lifecycles.scheduleMeeting(second);
		long added = tasksOfItsGroup(first) + tasksOfItsGroup(second) - theirs;
		assertThat(added).isGreaterThanOrEqualTo(2);
		assertThat(gauge("partnership.tasks.open", "group", "partner")).isEqualTo(partnerTasks + added);

		String scrape = prometheus.scrape();
		assertThat(scrape).contains("partnership_tasks_open{group=\"partner\"}")
			.doesNotContain("group=\"partner-")
			.doesNotContain(first)
			.doesNotContain(second);
		assertThat(registry.find("partnership.tasks.open").meters()).extracting(meter -> meter.getId().getTag("group"))
			.containsExactlyInAnyOrderElementsOf(ProductReadings.TASK_GROUPS);
	}

	@Test
	void aRegisteredCandidatesFirstTaskCountsForTheSourcingManagersAndATaskWithoutGroupAsNone() {
		double sourcing = gauge("partnership.tasks.open", "group", Groups.SOURCING_MANAGERS);
		double none = gauge("partnership.tasks.open", "group", "none");
		lifecycles.register(); // "Plan the pilot projects"
		assertThat(gauge("partnership.tasks.open", "group", Groups.SOURCING_MANAGERS)).isEqualTo(sourcing + 1);

		Task loose = tasks.newTask();
		loose.setName("A task nobody is a candidate for");
		tasks.saveTask(loose);
		try {
			assertThat(gauge("partnership.tasks.open", "group", "none")).isEqualTo(none + 1);
		}
		finally {
			tasks.deleteTask(loose.getId(), true);
		}
		assertThat(gauge("partnership.tasks.open", "group", "none")).isEqualTo(none);
	}

	// reviews and action items

	@Test
	void aReviewWithoutMeetingLongAfterItsDueDateIsOverdueUntilItsMeetingIsSet() {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		Review review = lastReview(partnerId);
		Instant late = time.endOf(review.getDueDate()).toInstant().plus(Duration.ofDays(8)); // overdue-after
																								// P7D
		driver.clockAt(late); // no timer runs: the review waits for its meeting
		assertThat(reviewDates.decisionDue(review.getId()).toInstant()).isBefore(late);
		double overdue = gauge("partnership.reviews.overdue");
		assertThat(overdue).isGreaterThanOrEqualTo(1);

		scheduleMeetingAt(partnerId, late.plus(Duration.ofDays(7)));
		assertThat(reviewDates.decisionDue(review.getId()).toInstant()).isAfter(late);
		assertThat(gauge("partnership.reviews.overdue")).isEqualTo(overdue - 1);
	}

	@Test
	void anActionItemPastItsDueDateIsOverdueUntilItIsReportedDone() {
		String partnerId = lifecycles.active();
		lifecycles.nextReviewAtTheMinutes(partnerId);
		LocalDate due = time.today().plusDays(3);
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia", FormValues.recordMinutes("One commitment",
				List.of(), new NewActionItem("Share the capacity plan", "user:sofia", due)));
		driver.executeDueJobs(partnerId);
		ActionItem item = actionItems.ofPartner(partnerId).get(0);

		driver.clockAt(time.startOf(due.plusDays(2)).toInstant()); // no timer runs
		double overdue = gauge("partnership.action-items.overdue");
		assertThat(overdue).isGreaterThanOrEqualTo(1);

		Task report = tasks.createTaskQuery().processInstanceId(item.getProcessInstanceId()).singleResult();
		driver.complete(report, "sofia", FormValues.reportActionItem("DONE", "Sent it"));
		assertThat(gauge("partnership.action-items.overdue")).isEqualTo(overdue - 1);
	}

	// how the counts are read

	@Test
	void aFastScrapeReadsTheCachedCountsAndAUsersEngineAuthenticationChangesNothing() {
		readings.forget();
		ProductReadings.Snapshot first = readings.current();
		lifecycles.register();
		assertThat(readings.current()).as("within 15 s: the same round").isSameAs(first);

		readings.forget();
		ProductReadings.Snapshot asSystem = readings.current();
		assertThat(asSystem.tasks(Groups.SOURCING_MANAGERS)).isEqualTo(first.tasks(Groups.SOURCING_MANAGERS) + 1);
		identity.setAuthentication("a-partner-representative", List.of(Groups.PARTNER_REPRESENTATIVES));
		readings.forget();
		ProductReadings.Snapshot asUser = readings.current();
		identity.clearAuthentication();
		assertThat(asUser.tasks()).isEqualTo(asSystem.tasks());
		assertThat(asUser.incidents()).isEqualTo(asSystem.incidents());
		assertThat(asUser.jobs()).isEqualTo(asSystem.jobs());
	}

	// what Spring Boot adds

	@Test
	void theConnectionPoolAndTheJvmAreInTheScrapeAndNoProductMeterHasMoreThanOneTag() {
		// the job executor's pool is not: the tests run without it
		// (JobExecutorMetricsTest)
		assertThat(prometheus.scrape()).contains("hikaricp_connections_pending{pool=")
			.contains("hikaricp_connections_max{pool=")
			.contains("jvm_memory_used_bytes{");
		assertThat(registry.getMeters()).extracting(Meter::getId)
			.filteredOn(id -> id.getName().startsWith("partnership."))
			.isNotEmpty()
			.allSatisfy(id -> assertThat(id.getTags()).hasSizeLessThanOrEqualTo(1));
	}

}
