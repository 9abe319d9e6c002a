package com.partnerlifecycle.summit;

import static com.partnerlifecycle.common.InvalidInputAssertions.assertFormRefused;
import static com.partnerlifecycle.common.InvalidInputAssertions.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.reminder.Reminder;
import com.partnerlifecycle.reminder.ReminderKind;
import com.partnerlifecycle.reminder.ReminderRepository;

/**
 * The annual partner summit, run through its process: several partners, none, a late
 * proposal, a declined one. Its own database, so that "every active partner" means the
 * partners these tests make (in this order).
 */
@LifecycleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:summits;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SummitProcessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	SummitService summits;

	/** bean "summits": what the processes' expressions call */
	@Autowired
	SummitCalendar calendar;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ReminderRepository reminders;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	/** Opens a summit by hand, as an executive. */
	Summit openByHand(int heldInDays, int proposalsDueInDays) {
		Summit[] summit = new Summit[1];
		driver.asUser("erik", () -> summit[0] = summits.openByHand(null, lifecycles.inDays(heldInDays),
				lifecycles.inDays(proposalsDueInDays), null));
		assertThat(summit[0].getOpenedBy()).isEqualTo("erik");
		driver.executeDueJobs(key(summit[0])); // the invitations
		return summit[0];
	}

	static String key(Summit summit) {
		return "summit-" + summit.getId();
	}

	/**
	 * The partner's own proposals instance, called by the summit's round (business key =
	 * the partner id).
	 */
	ProcessInstance proposalsInstance(Summit summit, String partnerId) {
		return runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(summit.getProcessInstanceId())
			.processInstanceBusinessKey(partnerId)
			.singleResult();
	}

	/**
	 * The partner's task, in its own proposals instance; null once the instance has ended
	 * or was cancelled.
	 */
	Task proposalTask(Summit summit, String partnerId) {
		ProcessInstance own = proposalsInstance(summit, partnerId);
		return own == null ? null
				: taskService.createTaskQuery()
					.processInstanceId(own.getId())
					.taskDefinitionKey(SummitProcess.SUBMIT_PROPOSALS)
					.taskCandidateGroup("partner-" + partnerId)
					.includeAssignedTasks()
					.singleResult();
	}

	/**
	 * Moves the clock and fires whatever became due in the summit's instance and in its
	 * partners' instances.
	 */
	void clockTo(Summit summit, Instant instant) {
		lifecycles.clockTo(key(summit), instant);
		boolean found = true;
		while (found) {
			found = false;
			for (ProcessInstance own : runtimeService.createProcessInstanceQuery()
				.superProcessInstanceId(summit.getProcessInstanceId())
				.listPage(0, 100)) {
				for (Job job : managementService.createJobQuery()
					.processInstanceId(own.getId())
					.executable()
					.listPage(0, 100)) {
					managementService.executeJob(job.getId());
					found = true;
				}
			}
		}
	}

	Task executivesTask(Summit summit, String taskKey) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(key(summit))
			.taskDefinitionKey(taskKey)
			.taskCandidateGroup("executives")
			.includeAssignedTasks()
			.singleResult();
	}

	void propose(Summit summit, String partnerId, Map<String, Object>... proposals) {
		driver.complete(proposalTask(summit, partnerId), lifecycles.representative(partnerId),
				FormValues.map("proposals", List.of(proposals), "noProposal", false));
	}

	static Map<String, Object> proposal(String title, int effortDays) {
		return FormValues.map("title", title, "valueToBuyer", "Saves two weeks per release", "effortDays", effortDays);
	}

	static List<Map<String, Object>> jsonList(Object json) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toString(),
					new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {
					});
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Runs the call as the engine runs an expression of this process instance (so
	 * CallingProcess sees it).
	 */
	<T> T calledBy(String processInstanceId, java.util.function.Supplier<T> call) {
		return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired()
			.execute(commandContext -> {
				Context.setExecutionContext(commandContext.getExecutionManager().findExecutionById(processInstanceId));
				try {
					return call.get();
				}
				finally {
					Context.removeExecutionContext();
				}
			});
	}

	boolean ended(Summit summit) {
		return historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(summit.getProcessInstanceId())
			.finished()
			.count() == 1;
	}

	List<Reminder> mails(Summit summit, ReminderKind kind) {
		return reminders.findAll()
			.stream()
			.filter(r -> summit.getId().equals(r.getSummitId()) && r.getKind() == kind)
			.toList();
	}

	@Test
	@Order(1)
	void shouldEndCleanlyWhenNoPartnerIsActive() {
		Job yearly = managementService.createJobQuery().processDefinitionKey(SummitProcess.KEY).timers().singleResult();
		assertThat(yearly.getDuedate().toInstant()).as("next opening day")
			.isEqualTo(summits.nextOpening(Instant.now()).toInstant());

		driver.clockAt(yearly.getDuedate().toInstant()); // the opening day has come
		managementService.executeJob(yearly.getId());

		Summit summit = summits.latest().orElseThrow();
		assertThat(summit.getStatus()).isEqualTo(SummitStatus.CLOSED);
		assertThat(summit.getOpenedBy()).isEqualTo("system");
		assertThat(summits.outcome(summit.getId()).invited()).isZero();
		assertThat(ended(summit)).isTrue();
		assertThat(historyService.createHistoricActivityInstanceQuery()
			.processInstanceId(summit.getProcessInstanceId())
			.activityId(SummitProcess.NO_ACTIVE_PARTNER)
			.count()).isEqualTo(1);
		assertThat(reminders.findAll().stream().filter(r -> summit.getId().equals(r.getSummitId()))).isEmpty();
		assertThat(managementService.createJobQuery()
			.processDefinitionKey(SummitProcess.KEY)
			.timers()
			.singleResult()
			.getDuedate()).as("the next year's summit is scheduled").isAfter(yearly.getDuedate());
	}

	@Test
	@Order(2)
	void shouldCollectReviewAndRecordProposalsOfSeveralPartners() throws Exception {
		String proposing = lifecycles.active();
		String declining = lifecycles.active();
		String silent = lifecycles.active();
		List.of(proposing, declining, silent).forEach(lifecycles::representative);
		Summit summit = openByHand(40, 20);

		assertThat(summits.invitedPartners(summit.getId())).containsExactlyInAnyOrder(proposing, declining, silent);
		assertThat(mails(summit, ReminderKind.SUMMIT_INVITATION)).as("executives (erik, eva) and each partner's rep")
			.hasSize(5)
			.allMatch(r -> r.getStatus() == com.partnerlifecycle.reminder.ReminderStatus.SENT);
		assertThat(List.of(proposing, declining, silent)).as("each partner's task in its own instance")
			.allSatisfy(partnerId -> assertThat(proposalTask(summit, partnerId)).isNotNull());
		assertThat(taskService.createTaskQuery()
			.processInstanceId(summit.getProcessInstanceId())
			.taskDefinitionKey(SummitProcess.SUBMIT_PROPOSALS)
			.count()).as("none inside the summit's instance").isZero();

		propose(summit, proposing, proposal("Observability platform", 60), proposal("Joint innovation lab", 120));
		driver.complete(proposalTask(summit, declining), lifecycles.representative(declining),
				FormValues.map("noProposal", true));

		// the reminder before the due date goes only to the partner that has not answered
		clockTo(summit, summits.proposalReminderAt(summit.getId()).toInstant().plusSeconds(60));
		assertThat(mails(summit, ReminderKind.SUMMIT_PROPOSALS)).extracting(Reminder::getPartnerId)
			.containsExactly(silent);

		driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
				FormValues.map("closeRound", true));
		assertThat(proposalTask(summit, silent)).as("no proposal accepted once the review started").isNull();
		assertThatThrownBy(() -> summits.submit(summit.getId(), silent,
				List.of(new SummitService.ProposalInput("Too late", "Nothing", 5))))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("the executives have started reviewing");

		SummitService.Outcome collected = summits.outcome(summit.getId());
		assertThat(collected.status()).isEqualTo(SummitStatus.REVIEWING);
		assertThat(collected.partners())
			.extracting(SummitService.PartnerOutcome::partnerId, SummitService.PartnerOutcome::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(proposing, InviteeStatus.PROPOSED),
					org.assertj.core.groups.Tuple.tuple(declining, InviteeStatus.NO_PROPOSAL),
					org.assertj.core.groups.Tuple.tuple(silent, InviteeStatus.NO_PROPOSAL));

		Task review = executivesTask(summit, SummitProcess.REVIEW_PROPOSALS);
		List<Map<String, Object>> rows = jsonList(taskService.getVariableLocal(review.getId(), "decisions"));
		assertThat(rows).extracting(r -> r.get("title"))
			.containsExactly("Observability platform", "Joint innovation lab");
		driver.complete(review, "eva", FormValues.map("decisions",
				List.of(FormValues.map("decision", "ACCEPTED", "comment", "Start in Q2 with the operations team"),
						FormValues.map("decision", "DECLINED", "comment", "Not a priority this year"))));
		driver.executeDueJobs(key(summit)); // the outcome mails

		SummitService.Outcome outcome = summits.outcome(summit.getId());
		assertThat(outcome.status()).isEqualTo(SummitStatus.CLOSED);
		assertThat(outcome)
			.extracting(SummitService.Outcome::invited, SummitService.Outcome::proposed,
					SummitService.Outcome::noProposal, SummitService.Outcome::accepted, SummitService.Outcome::declined)
			.containsExactly(3, 1, 2, 1, 1);
		assertThat(summits.proposals(summit.getId(), proposing))
			.extracting(SummitProposal::getDecision, SummitProposal::getDecisionComment, SummitProposal::getDecidedBy)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(ProposalDecision.ACCEPTED,
							"Start in Q2 with the operations team", "eva"),
					org.assertj.core.groups.Tuple.tuple(ProposalDecision.DECLINED, "Not a priority this year", "eva"));
		assertThat(mails(summit, ReminderKind.SUMMIT_OUTCOME)).extracting(Reminder::getPartnerId)
			.containsExactly(proposing);
		// each partner's history shows the summit, its answer, and the decisions on its
		// proposals
		mvc.perform(get("/api/partners/" + proposing))
			.andExpect(jsonPath("$.summits[0].summitId").value(summit.getId()))
			.andExpect(jsonPath("$.summits[0].answer").value("PROPOSED"))
			.andExpect(jsonPath("$.summits[0].proposals[1].decision").value("DECLINED"))
			.andExpect(jsonPath("$.summits[0].proposals[1].comment").value("Not a priority this year"));
		mvc.perform(get("/api/partners/" + silent))
			.andExpect(jsonPath("$.summits[0].answer").value("NO_PROPOSAL"))
			.andExpect(jsonPath("$.summits[0].proposals.length()").value(0));
		assertThat(ended(summit)).isTrue();
		for (String partnerId : List.of(proposing, declining, silent)) {
			lifecycles.assertStageMatchesEngine(partnerId); // the summit leaves every
															// lifecycle where it was
		}
	}

	@Test
	@Order(3)
	void shouldAcceptALateProposalWhileTheRoundIsOpenAndCloseTheRoundWhenEveryPartnerAnswered() {
		Summit summit = openByHand(30, 10);
		List<String> invited = summits.invitedPartners(summit.getId());
		assertThat(invited).hasSize(3); // the partners of the test before, still active

		clockTo(summit, summits.proposalsDue(summit.getId()).toInstant().plus(Duration.ofDays(2)));
		for (String partnerId : invited.subList(1, invited.size())) {
			driver.complete(proposalTask(summit, partnerId), lifecycles.representative(partnerId),
					FormValues.map("noProposal", true));
		}
		assertThat(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW)).as("the executives have not started")
			.isNotNull();
		propose(summit, invited.get(0), proposal("Late but welcome", 15));

		assertThat(summits.proposals(summit.getId(), invited.get(0))).singleElement()
			.satisfies(p -> assertThat(p.isLate()).isTrue());
		assertThat(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW))
			.as("every partner answered: round closed")
			.isNull();
		assertThat(summits.get(summit.getId()).getStatus()).isEqualTo(SummitStatus.REVIEWING);

		driver.complete(executivesTask(summit, SummitProcess.REVIEW_PROPOSALS), "erik", FormValues.map("decisions",
				List.of(FormValues.map("decision", "DECLINED", "comment", "We already run this in-house"))));
		assertThat(summits.get(summit.getId()).getStatus()).isEqualTo(SummitStatus.CLOSED);
	}

	@Test
	@Order(4)
	void shouldRefuseIncompleteProposalsAndDecisions() {
		Summit summit = openByHand(30, 10);
		String partnerId = summits.invitedPartners(summit.getId()).get(0);
		Task task = proposalTask(summit, partnerId);
		String rep = lifecycles.representative(partnerId);

		// refused by the form's contract, before anything is stored (as Tasklist sends
		// it: the row it shows)
		assertInvalidInput(
				() -> driver.complete(task, rep, FormValues.map("proposals",
						List.of(FormValues.map("title", "", "valueToBuyer", "")), "noProposal", false)),
				"proposals[1].title", "is required");
		assertInvalidInput(
				() -> driver.complete(task, rep,
						FormValues.map("proposals", List.of(proposal("Zero effort", 0)), "noProposal", false)),
				"proposals[1].effortDays", "must be between 1 and 10000, was 0");
		assertInvalidInput(
				() -> driver.complete(task, rep,
						FormValues.map("proposals",
								List.of(FormValues.map("title", "x".repeat(201), "valueToBuyer", "v", "effortDays", 3)),
								"noProposal", false)),
				"proposals[1].title", "must be at most 200 characters, was 201 characters");
		// refused by the task's listener
		assertFormRefused(() -> driver.complete(task, rep, FormValues.map("proposals", List.of(), "noProposal", false)),
				"proposals", "add at least one proposal, or tick \"We have no proposal this year\"");
		assertThat(summits.proposals(summit.getId(), partnerId)).as("nothing half-written").isEmpty();

		assertInvalidInput(
				() -> driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
						FormValues.map("closeRound", false)),
				"closeRound", "tick the box to close the round; until then partners may still propose");

		propose(summit, partnerId, proposal("Shared service desk", 40));
		driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
				FormValues.map("closeRound", true));
		Task review = executivesTask(summit, SummitProcess.REVIEW_PROPOSALS);
		assertInvalidInput(
				() -> driver.complete(review, "erik",
						FormValues.map("decisions", List.of(FormValues.map("decision", "ACCEPTED", "comment", " ")))),
				"decisions[1].comment", "is required");
		assertInvalidInput(
				() -> driver.complete(review, "erik",
						FormValues.map("decisions", List.of(FormValues.map("decision", "MAYBE", "comment", "Hmm")))),
				"decisions[1].decision", "must be one of [ACCEPTED, DECLINED], was 'MAYBE'");
		assertFormRefused(
				() -> driver.complete(review, "erik",
						FormValues.map("decisions", List.of(FormValues.map("decision", null, "comment", "Fine")))),
				"decisions[1].decision", "accept or decline 'Shared service desk'");
		assertFormRefused(() -> driver.complete(review, "erik", FormValues.map("decisions", List.of())), "decisions",
				"must hold one decision for each of the 1 proposals, was 0");
		assertThat(summits.proposals(summit.getId(), partnerId)).allMatch(p -> p.getDecision() == null);

		driver.complete(review, "erik",
				FormValues.map("decisions", List.of(FormValues.map("decision", "ACCEPTED", "comment", "Go ahead"))));
		assertThat(summits.get(summit.getId()).getStatus()).isEqualTo(SummitStatus.CLOSED);
	}

	@Test
	@Order(6)
	void shouldMoveTheYearlyTimerToTheConfiguredOpeningDayAtStartUp() throws Exception {
		Job yearly = managementService.createJobQuery().processDefinitionKey(SummitProcess.KEY).timers().singleResult();
		managementService.setJobDuedate(yearly.getId(), java.util.Date.from(Instant.parse("2031-07-01T00:00:00Z")));

		context.getBean(SummitSchedule.class).run(null);

		assertThat(managementService.createJobQuery().jobId(yearly.getId()).singleResult().getDuedate().toInstant())
			.isEqualTo(summits.nextOpening(Instant.now()).toInstant());
	}

	@Test
	@Order(5)
	void shouldRefuseASummitOpenedByHandWithDatesInThePastOrInTheWrongOrder() {
		assertInvalidInput(
				() -> summits.planByHand(null, LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1),
						LocalDate.now(java.time.ZoneOffset.UTC), null),
				"heldOn", "must be after today (" + LocalDate.now(java.time.ZoneOffset.UTC) + "), was "
						+ LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
		assertInvalidInput(
				() -> summits.planByHand(null, LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10),
						LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10), null),
				"proposalsDue", "must be before the summit (" + LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10)
						+ "), was " + LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10));
		assertInvalidInput(
				() -> summits.planByHand(null, LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10),
						LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1), null),
				"proposalsDue", "must be today or later (" + LocalDate.now(java.time.ZoneOffset.UTC) + "), was "
						+ LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
		assertThat(summits
			.planByHand(" ", LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10),
					LocalDate.now(java.time.ZoneOffset.UTC).plusDays(5), null)
			.title())
			.isEqualTo("Annual partner summit " + LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).getYear());
	}

	@Test
	@Order(7)
	void shouldGiveEachPartnerItsOwnInstanceThatNoVariableCanPointElsewhere() {
		Summit earlier = summits.latest().orElseThrow();
		Summit summit = openByHand(30, 10);
		List<String> invited = summits.invitedPartners(summit.getId());
		String partnerId = invited.get(0);
		Task task = proposalTask(summit, partnerId);
		ProcessInstance own = proposalsInstance(summit, partnerId);
		assertThat(own.getBusinessKey()).isEqualTo(partnerId);
		assertThat(summits.invitees(summit.getId())).filteredOn(i -> i.getPartnerId().equals(partnerId))
			.singleElement()
			.satisfies(i -> assertThat(i.getProposalProcessInstanceId()).as("the invitation records the instance")
				.isEqualTo(own.getId()));

		// the task sees only its own form's context: no summitId, nothing of another
		// partner
		Map<String, Object> visible = taskService.getVariables(task.getId());
		// (partnerName and stage are also the task's Tasklist card: its own partner's)
		assertThat(visible).containsOnlyKeys("summitTitle", "summitDate", "proposalsDueOn", "partnerName",
				com.partnerlifecycle.partner.TaskCards.STAGE, SubmitRoadmapProposalsForm.PROPOSALS,
				SubmitRoadmapProposalsForm.NO_PROPOSAL);
		assertThat(visible).containsEntry("partnerName", summits.nameOf(partnerId));
		for (String other : invited.subList(1, invited.size())) {
			assertThat(visible.values()).noneMatch(value -> String.valueOf(value).contains(other)
					|| String.valueOf(value).contains(summits.nameOf(other)));
		}
		assertThat(runtimeService.getVariables(own.getId())).as("the partner's instance holds no variable").isEmpty();

		// an admin rewrites summitId and partnerId on the partner's task: they land in
		// the partner's own instance
		driver.asUser("admin", () -> {
			taskService.setVariable(task.getId(), SummitProcess.SUMMIT_ID, earlier.getId());
			taskService.setVariable(task.getId(), SummitProcess.PARTNER_ID, invited.get(1));
		});
		assertThat(runtimeService.getVariable(summit.getProcessInstanceId(), SummitProcess.SUMMIT_ID))
			.as("the summit's own variable is out of the task's reach")
			.isEqualTo(summit.getId());
		// and a submission naming the summit is refused by the form's contract
		assertInvalidInput(
				() -> driver.complete(task, lifecycles.representative(partnerId),
						FormValues.map("summitId", earlier.getId(), "noProposal", true)),
				"summitId", "is not a field of this form");

		// the expressions version 1 calls with ids read from variables refuse ids of
		// another instance
		assertThat(calledBy(summit.getProcessInstanceId(), () -> calendar.proposalsDue(summit.getId())))
			.isEqualTo(summits.proposalsDue(summit.getId()));
		assertThatThrownBy(() -> calledBy(summit.getProcessInstanceId(), () -> calendar.proposalsDue(earlier.getId())))
			.hasMessage("Summit " + earlier.getId() + " does not belong to process instance "
					+ summit.getProcessInstanceId());
		assertThatThrownBy(() -> calledBy(own.getId(), () -> calendar.heldAt(summit.getId())))
			.as("a partner's instance is not the summit's")
			.isInstanceOf(IllegalStateException.class);
		assertThat(calledBy(own.getId(), () -> calendar.partnerGroup(partnerId))).isEqualTo("partner-" + partnerId);
		assertThatThrownBy(() -> calledBy(own.getId(), () -> calendar.partnerGroup(invited.get(1))))
			.hasMessageStartingWith("Partner " + invited.get(1) + " is not the partner of process instance");
		assertThatThrownBy(() -> calledBy(summit.getProcessInstanceId(), () -> calendar.partnerName("someone-else")))
			.hasMessageStartingWith("Partner someone-else is not invited to summit " + summit.getId());

		int earlierProposals = summits.proposals(earlier.getId()).size();
		propose(summit, partnerId, proposal("Lands where it belongs", 12));
		assertThat(summits.proposals(summit.getId(), partnerId)).extracting(SummitProposal::getTitle)
			.containsExactly("Lands where it belongs");
		assertThat(summits.proposals(summit.getId(), invited.get(1))).isEmpty();
		assertThat(summits.proposals(earlier.getId())).hasSize(earlierProposals);
		assertThat(summits.outcome(summit.getId()).partners()).filteredOn(p -> p.partnerId().equals(invited.get(1)))
			.singleElement()
			.satisfies(p -> assertThat(p.status()).isEqualTo(InviteeStatus.INVITED));

		// the executives close the round: the partners' instances still open are
		// cancelled with it
		List<ProcessInstance> stillOpen = invited.subList(1, invited.size())
			.stream()
			.map(p -> proposalsInstance(summit, p))
			.toList();
		driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
				FormValues.map("closeRound", true));
		for (ProcessInstance cancelled : stillOpen) {
			assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cancelled.getId()).count())
				.isZero();
			assertThat(historyService.createHistoricProcessInstanceQuery()
				.processInstanceId(cancelled.getId())
				.singleResult()
				.getEndTime()).isNotNull();
		}
		driver.complete(executivesTask(summit, SummitProcess.REVIEW_PROPOSALS), "eva",
				FormValues.map("decisions", List.of(FormValues.map("decision", "ACCEPTED", "comment", "Yes"))));
		assertThat(summits.outcome(summit.getId()))
			.extracting(SummitService.Outcome::status, SummitService.Outcome::proposed,
					SummitService.Outcome::noProposal)
			.containsExactly(SummitStatus.CLOSED, 1, 2);
	}

	/**
	 * A database from before this change holds a summit on version 1, where every
	 * partner's task ran inside the summit's instance: the start-up step moves it, so
	 * each partner still to answer proposes in its own instance.
	 */
	@Test
	@Order(8)
	void shouldMoveASummitOfVersion1SoEachPartnerStillToAnswerProposesInItsOwnInstance() {
		ProcessDefinition deployed = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(SummitProcess.KEY)
			.latestVersion()
			.singleResult();
		Deployment legacy = repositoryService.createDeployment()
			.name("annual-partner-summit version 1 (test)")
			.addClasspathResource("legacy/annual-partner-summit-v1.bpmn")
			.addClasspathResource("forms/submit-roadmap-proposals.form")
			.addClasspathResource("forms/start-proposal-review.form")
			.addClasspathResource("forms/review-summit-proposals.form")
			.deploy();
		try {
			ProcessDefinition v1 = repositoryService.createProcessDefinitionQuery()
				.deploymentId(legacy.getId())
				.singleResult();
			Summit summit = openByHand(30, 10);
			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceId(summit.getProcessInstanceId())
				.singleResult()
				.getProcessDefinitionId()).as("opened on version 1").isEqualTo(v1.getId());
			List<String> invited = summits.invitedPartners(summit.getId());
			String answered = invited.get(0);
			String proposing = invited.get(1);
			String silent = invited.get(2);
			List<Task> inside = taskService.createTaskQuery()
				.processInstanceId(summit.getProcessInstanceId())
				.taskDefinitionKey(SummitProcess.SUBMIT_PROPOSALS)
				.list();
			assertThat(inside).as("version 1: every partner's task inside the summit's instance").hasSize(3);
			driver.complete(
					inside.stream()
						.filter(t -> answered.equals(driver.variable(t, SummitProcess.PARTNER_ID)))
						.findFirst()
						.orElseThrow(),
					lifecycles.representative(answered), FormValues.map("proposals",
							List.of(proposal("Proposed before the move", 30)), "noProposal", false));
			String executives = executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW).getId();

			SummitProposalsMigration migration = context.getBean(SummitProposalsMigration.class);
			migration.run(null);

			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceId(summit.getProcessInstanceId())
				.singleResult()
				.getProcessDefinitionId()).as("on the deployed version").isEqualTo(deployed.getId());
			assertThat(taskService.createTaskQuery()
				.processInstanceId(summit.getProcessInstanceId())
				.taskDefinitionKey(SummitProcess.SUBMIT_PROPOSALS)
				.count()).as("no partner task left inside").isZero();
			assertThat(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW).getId()).isEqualTo(executives);
			assertThat(proposalsInstance(summit, answered)).as("a partner that answered gets no new task").isNull();
			Map<String, String> tasks = new java.util.HashMap<>();
			for (String partnerId : List.of(proposing, silent)) {
				ProcessInstance own = proposalsInstance(summit, partnerId);
				assertThat(own.getProcessDefinitionId()).startsWith(SummitProcess.PROPOSALS_KEY + ":");
				Task task = proposalTask(summit, partnerId);
				assertThat(taskService.getVariables(task.getId())).doesNotContainKeys(SummitProcess.SUMMIT_ID,
						SummitProcess.PARTNER_ID);
				assertThat(taskService.getVariables(task.getId())).containsEntry("partnerName",
						summits.nameOf(partnerId));
				tasks.put(partnerId, task.getId());
			}

			assertThat(runtimeService.getActivityInstance(summit.getProcessInstanceId())
				.getActivityInstances(SummitProcess.CALL_PARTNER_PROPOSALS + "#multiInstanceBody"))
				.as("one multi-instance call in the round, one instance per partner still to answer")
				.singleElement()
				.satisfies(body -> assertThat(body.getChildActivityInstances()).hasSize(2));

			migration.run(null); // a second start changes nothing
			assertThat(runtimeService.createProcessInstanceQuery()
				.superProcessInstanceId(summit.getProcessInstanceId())
				.count()).isEqualTo(2);
			assertThat(List.of(proposing, silent)).allSatisfy(
					partnerId -> assertThat(proposalTask(summit, partnerId).getId()).isEqualTo(tasks.get(partnerId)));

			// the moved partner proposes in its own instance; the reminder reaches only
			// the one still silent
			clockTo(summit, summits.proposalReminderAt(summit.getId()).toInstant().plusSeconds(60));
			propose(summit, proposing, proposal("Proposed after the move", 8));
			assertThat(mails(summit, ReminderKind.SUMMIT_PROPOSALS)).extracting(Reminder::getPartnerId)
				.containsExactlyInAnyOrder(proposing, silent);
			driver.complete(proposalTask(summit, silent), lifecycles.representative(silent),
					FormValues.map("noProposal", true));
			assertThat(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW))
				.as("every partner answered: the round closed by itself")
				.isNull();

			Task review = executivesTask(summit, SummitProcess.REVIEW_PROPOSALS);
			assertThat(jsonList(taskService.getVariableLocal(review.getId(), "decisions")))
				.extracting(r -> r.get("title"))
				.containsExactly("Proposed before the move", "Proposed after the move");
			driver.complete(review, "eva",
					FormValues.map("decisions", List.of(FormValues.map("decision", "ACCEPTED", "comment", "Go"),
							FormValues.map("decision", "DECLINED", "comment", "Not now"))));
			driver.executeDueJobs(key(summit));
			assertThat(summits.outcome(summit.getId()))
				.extracting(SummitService.Outcome::status, SummitService.Outcome::proposed,
						SummitService.Outcome::noProposal, SummitService.Outcome::accepted)
				.containsExactly(SummitStatus.CLOSED, 2, 1, 1);
			assertThat(ended(summit)).isTrue();
		}
		finally {
			repositoryService.deleteDeployment(legacy.getId(), true);
		}
		assertYearlyStartOn(deployed);
	}

	/**
	 * Version 2 (annual-partner-summit 2.0, summit-partner-proposals 1.0) passed its
	 * execution to {@code summits} and ran its steps as expressions: a summit opened on
	 * it (recorded first, as every summit opened by hand now is) still runs from the
	 * invitations to the outcome.
	 */
	@Test
	@Order(9)
	void shouldRunASummitOfVersion2ThroughTheExpressionsItCalls() {
		ProcessDefinition deployed = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(SummitProcess.KEY)
			.latestVersion()
			.singleResult();
		String folder = "legacy/before-steps/";
		Deployment legacy = repositoryService.createDeployment()
			.name("annual-partner-summit 2.0 and summit-partner-proposals 1.0 (test)")
			.addClasspathResource(folder + "annual-partner-summit.bpmn")
			.addClasspathResource(folder + "summit-partner-proposals.bpmn")
			.addClasspathResource("forms/submit-roadmap-proposals.form")
			.addClasspathResource("forms/start-proposal-review.form")
			.addClasspathResource("forms/review-summit-proposals.form")
			.deploy();
		try {
			ProcessDefinition v2 = repositoryService.createProcessDefinitionQuery()
				.deploymentId(legacy.getId())
				.processDefinitionKey(SummitProcess.KEY)
				.singleResult();
			assertThat(v2.getVersionTag()).isEqualTo("2.0");
			Summit summit = openByHand(30, 10);
			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceId(summit.getProcessInstanceId())
				.singleResult()
				.getProcessDefinitionId()).as("opened on version 2").isEqualTo(v2.getId());
			List<String> invited = summits.invitedPartners(summit.getId());
			assertThat(invited).hasSize(3);
			for (String partnerId : invited) {
				ProcessInstance own = proposalsInstance(summit, partnerId);
				assertThat(repositoryService.getProcessDefinition(own.getProcessDefinitionId()).getDeploymentId())
					.as("the proposals of version 1.0")
					.isEqualTo(legacy.getId());
				assertThat(summits.invitationProposingIn(own.getId())).as("recorded by its start listener").isPresent();
				assertThat(proposalTask(summit, partnerId).getDueDate())
					.isEqualTo(summits.proposalsDue(summit.getId()));
			}
			assertThat(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW).getDueDate())
				.isEqualTo(summits.proposalsDue(summit.getId()));

			clockTo(summit, summits.proposalReminderAt(summit.getId()).toInstant().plusSeconds(60));
			assertThat(mails(summit, ReminderKind.SUMMIT_PROPOSALS)).extracting(Reminder::getPartnerId)
				.containsExactlyInAnyOrderElementsOf(invited);
			propose(summit, invited.get(0), proposal("Proposed on version 2", 8));
			driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
					FormValues.map("closeRound", true));
			assertThat(summits.get(summit.getId()).getStatus()).as("the round closed")
				.isEqualTo(SummitStatus.REVIEWING);

			Task review = executivesTask(summit, SummitProcess.REVIEW_PROPOSALS);
			assertThat(review.getDueDate()).isEqualTo(summits.heldAt(summit.getId()));
			driver.complete(review, "eva",
					FormValues.map("decisions", List.of(FormValues.map("decision", "ACCEPTED", "comment", "Go"))));
			driver.executeDueJobs(key(summit));
			assertThat(summits.outcome(summit.getId()))
				.extracting(SummitService.Outcome::status, SummitService.Outcome::proposed,
						SummitService.Outcome::noProposal, SummitService.Outcome::accepted)
				.containsExactly(SummitStatus.CLOSED, 1, 2, 1);
			assertThat(mails(summit, ReminderKind.SUMMIT_OUTCOME)).extracting(Reminder::getPartnerId)
				.containsExactly(invited.get(0));
			assertThat(ended(summit)).isTrue();
		}
		finally {
			repositoryService.deleteDeployment(legacy.getId(), true);
		}
		assertYearlyStartOn(deployed);
	}

	/**
	 * A start message that carries what was entered, as the product sent it before the
	 * record came first (the engine API still takes one), still opens the summit it
	 * describes, checked as before.
	 */
	@Test
	@Order(10)
	void shouldStillOpenASummitFromAStartMessageCarryingTheEnteredValues() {
		String processInstanceId = runtimeService
			.startProcessInstanceByMessage(SummitProcess.REQUESTED,
					Map.of(SummitProcess.OPENED_BY, "erik", "title", "Moved summit", "heldOn",
							lifecycles.inDays(30).toString(), "proposalsDue", lifecycles.inDays(10).toString()))
			.getId();
		Summit summit = summits.openedBy(processInstanceId);
		assertThat(summit).extracting(Summit::getTitle, Summit::getOpenedBy, Summit::getProposalsDue)
			.containsExactly("Moved summit", "erik", lifecycles.inDays(10));
		assertThat(runtimeService.getVariables(processInstanceId)).as("the record holds what was entered")
			.doesNotContainKeys("title", "heldOn", "proposalsDue", "location");
		assertThat(runtimeService.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult()
			.getBusinessKey()).isEqualTo(key(summit));
		assertThatThrownBy(() -> runtimeService.startProcessInstanceByMessage(SummitProcess.REQUESTED,
				Map.of(SummitProcess.OPENED_BY, "erik", "heldOn", lifecycles.inDays(40).toString(), "proposalsDue",
						lifecycles.inDays(20).toString())))
			.as("one summit under way at a time, as before")
			.hasMessageContaining("is still under way");
		assertThatThrownBy(() -> runtimeService.startProcessInstanceByMessage(SummitProcess.REQUESTED, key(summit)))
			.as("a record runs in one instance only")
			.hasMessageContaining("already runs in process instance");

		driver.executeDueJobs(key(summit)); // the invitations
		driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
				FormValues.map("closeRound", true));
		assertThat(summits.get(summit.getId()).getStatus()).as("nobody proposed").isEqualTo(SummitStatus.CLOSED);
	}

	/**
	 * Deleting an older deployment gives the yearly timer start back to the deployed
	 * version.
	 */
	private void assertYearlyStartOn(ProcessDefinition deployed) {
		assertThat(managementService.createJobQuery()
			.processDefinitionKey(SummitProcess.KEY)
			.timers()
			.singleResult()
			.getProcessDefinitionId()).as("the yearly start is back on the deployed version")
			.isEqualTo(deployed.getId());
	}

}
