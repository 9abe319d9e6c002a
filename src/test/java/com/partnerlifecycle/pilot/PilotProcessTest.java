package com.partnerlifecycle.pilot;

import static com.partnerlifecycle.demo.FormValues.approvePilotResults;
import static com.partnerlifecycle.demo.FormValues.pilotAbandoned;
import static com.partnerlifecycle.demo.FormValues.pilotCompleted;
import static com.partnerlifecycle.demo.FormValues.sendPilotResultsBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;

/**
 * One pilot project: its end-date timer, the assessment with its score, the reviewer's
 * approval.
 */
@LifecycleTest
class PilotProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	PartnerService partners;

	@Autowired
	PilotService pilots;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ApplicationContext context;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.register();
		lifecycles.planPilots(partnerId, lifecycles.pilot("Pilot", 10, "Works", "Is cheap", "Is fast"));
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	ProcessInstance pilotInstance() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(PilotProcess.KEY)
			.processInstanceBusinessKey(partnerId)
			.singleResult();
	}

	Pilot pilot() {
		return pilots.ofPartner(partnerId).get(0);
	}

	Task assessmentAfterTheEndDate() {
		lifecycles.daysPass(partnerId, 11);
		return driver.openTask(partnerId, PilotProcess.ASSESS_PILOT);
	}

	@Test
	void shouldWaitUntilTheEndOfThePilotsLastDay() {
		assertThat(pilotInstance()).isWaitingAt(PilotProcess.PILOT_END_DATE_REACHED);

		lifecycles.daysPass(partnerId, 10); // the last day itself: still running

		assertThat(pilotInstance()).isWaitingAt(PilotProcess.PILOT_END_DATE_REACHED);
		lifecycles.daysPass(partnerId, 1);
		assertThat(pilotInstance()).isWaitingAt(PilotProcess.ASSESS_PILOT);
	}

	@Test
	void shouldScoreTheAssessedPilot() {
		Task task = assessmentAfterTheEndDate();

		driver.complete(task, "samuel", pilotCompleted(driver.criteriaOf(task), List.of("1", "0.5", "0"), 5, 3, 4,
				"Outcome one", "Outcome two"));

		// 60 × 0.5 + 40 × (4 − 1) / 4 = 30 + 30 = 60.0
		assertThat(pilot().getScore()).isEqualByComparingTo("60.0");
		assertThat(pilot().getCriteriaMet()).isEqualTo(1);
		assertThat(pilot().getDeliveredOutcomes()).containsExactly("Outcome one", "Outcome two");
		assertThat(pilot().getAssessedBy()).isEqualTo("samuel");
		assertThat(pilotInstance()).isWaitingAt(PilotProcess.APPROVE_PILOT_RESULTS);
	}

	@Test
	void shouldShowTheAgreedCriteriaInTheAssessmentForm() {
		Task task = assessmentAfterTheEndDate();

		assertThat(driver.criteriaOf(task)).containsExactly("Works", "Is cheap", "Is fast");
		assertThat(driver.pilotTitleOf(task)).isEqualTo("Pilot");
	}

	@Test
	void shouldCompleteThePilotWhenTheReviewerApproves() {
		Task task = assessmentAfterTheEndDate();
		driver.complete(task, "samuel", pilotCompleted(driver.criteriaOf(task), List.of("1", "1", "1"), 5, 5, 5, "x"));

		driver.complete(partnerId, PilotProcess.APPROVE_PILOT_RESULTS, "rita", approvePilotResults());

		assertThat(pilot().getStatus()).isEqualTo(PilotStatus.COMPLETED);
		assertThat(pilot().getReviewedBy()).isEqualTo("rita");
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(PilotProcess.KEY)
			.processInstanceBusinessKey(partnerId)
			.singleResult()
			.getEndActivityId()).isEqualTo(PilotProcess.PILOT_COMPLETED);
	}

	@Test
	void shouldReturnTheAssessmentWithTheReviewersComment() {
		Task task = assessmentAfterTheEndDate();
		driver.complete(task, "samuel", pilotCompleted(driver.criteriaOf(task), List.of("1", "1", "1"), 5, 5, 5, "x"));

		driver.complete(partnerId, PilotProcess.APPROVE_PILOT_RESULTS, "rita",
				sendPilotResultsBack("Cost was not met, see invoice"));

		assertThat(pilotInstance()).isWaitingAt(PilotProcess.ASSESS_PILOT);
		assertThat(lifecycles.taskVariables(partnerId, PilotProcess.ASSESS_PILOT)).containsEntry("reviewComment",
				"Cost was not met, see invoice");
		assertThat(pilot().getStatus()).isEqualTo(PilotStatus.RUNNING);
	}

	@Test
	void shouldEndAnAbandonedPilotWithoutApproval() {
		Task task = assessmentAfterTheEndDate();

		driver.complete(task, "samuel", pilotAbandoned("Provider withdrew the team"));

		assertThat(pilot().getStatus()).isEqualTo(PilotStatus.ABANDONED);
		assertThat(pilot().getAbandonReason()).isEqualTo("Provider withdrew the team");
		assertThat(driver.openTasks(partnerId, LifecycleProcess.ENTER_EVALUATION)).hasSize(1);
	}

	@Test
	void shouldRefuseAScoreOutOfRangeAndKeepTheTaskOpen() {
		Task task = assessmentAfterTheEndDate();

		assertThatThrownBy(() -> driver.complete(task, "samuel",
				pilotCompleted(driver.criteriaOf(task), List.of("1", "1", "1"), 6, 5, 5, "x")))
			.hasMessageContaining("qualityScore: must be between 1 and 5, was 6");
		assertThat(pilot().getScore()).isNull();
		assertThat(pilotInstance()).isWaitingAt(PilotProcess.ASSESS_PILOT);
	}

	@Test
	void shouldRefuseAnAssessmentThatSkipsACriterion() {
		Task task = assessmentAfterTheEndDate();

		assertThatThrownBy(() -> driver.complete(task, "samuel",
				pilotCompleted(List.of("Works", "Is cheap"), List.of("1", "1"), 5, 5, 5, "x")))
			.hasMessageContaining("rate each of the 3 agreed success criteria");
		assertThat(pilot().getScore()).isNull();
	}

	@Test
	void shouldRefuseAnAssessmentWithoutADeliveredOutcome() {
		Task task = assessmentAfterTheEndDate();

		assertThatThrownBy(() -> driver.complete(task, "samuel",
				pilotCompleted(driver.criteriaOf(task), List.of("1", "1", "1"), 5, 5, 5, "  ")))
			.hasMessageContaining("deliveredOutcomes");
		assertThat(pilot().getScore()).isNull();
	}

	@Test
	void shouldRefuseAPlanWithAnEndDateInThePast() {
		String other = lifecycles.register();

		assertThatThrownBy(() -> lifecycles.planPilots(other, lifecycles.pilot("Late", -1, "a")))
			.hasMessageContaining("which is in the past");
		assertThat(pilots.ofPartner(other)).isEmpty();
	}

	@Test
	void shouldRefuseAPlannedPilotWithoutCriteria() {
		String other = lifecycles.register();
		Map<String, Object> values = FormValues.planPilots("a", "b", lifecycles.pilot("No criteria", 5));

		assertThatThrownBy(() -> driver.complete(other, LifecycleProcess.PLAN_PILOTS, "sofia", values))
			.hasMessageContaining("pilots[1].criteria: is required");
		assertThat(pilots.ofPartner(other)).isEmpty();
	}

}
