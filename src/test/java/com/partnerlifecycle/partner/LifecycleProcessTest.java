package com.partnerlifecycle.partner;

import static com.partnerlifecycle.demo.FormValues.approveGate;
import static com.partnerlifecycle.demo.FormValues.draftAgreement;
import static com.partnerlifecycle.demo.FormValues.overrideGate;
import static com.partnerlifecycle.demo.FormValues.planAdditionalPilots;
import static com.partnerlifecycle.demo.FormValues.returnAgreement;
import static com.partnerlifecycle.demo.FormValues.signAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.agreement.AgreementStatus;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.evaluation.EvaluationService;
import com.partnerlifecycle.evaluation.GateDecision;
import com.partnerlifecycle.pilot.PilotProcess;
import com.partnerlifecycle.pilot.PilotService;
import com.partnerlifecycle.pilot.PilotStatus;

/**
 * Every path of the lifecycle from registration to an active partnership, on the real
 * engine and records.
 */
@LifecycleTest
class LifecycleProcessTest {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	PartnerService partners;

	@Autowired
	PilotService pilots;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	AgreementService agreements;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ApplicationContext context;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	ProcessInstance lifecycle(String partnerId) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleProcess.KEY)
			.processInstanceBusinessKey(partnerId)
			.singleResult();
	}

	Stage stage(String partnerId) {
		return partners.get(partnerId).getStage();
	}

	@Test
	void shouldStartTheLifecycleAtPilotPlanningWhenAPartnerIsRegistered() {
		String id = lifecycles.register();

		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.PLAN_PILOTS);
		assertThat(stage(id)).isEqualTo(Stage.CANDIDATE);
		assertThat(runtimeService.getVariable(lifecycle(id).getId(), LifecycleProcess.PARTNER_ID)).isEqualTo(id);
	}

	@Test
	void shouldRunOnePilotProjectPerPlannedPilotUntilItsEndDate() {
		String id = lifecycles.register();

		lifecycles.planPilots(id, lifecycles.pilot("First", 10, "a"), lifecycles.pilot("Second", 20, "b"));

		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.RUN_PILOT);
		assertThat(stage(id)).isEqualTo(Stage.PILOT);
		assertThat(pilots.ofPartner(id)).extracting(p -> p.getStatus()).containsOnly(PilotStatus.RUNNING);
		assertThat(driver.openTasks(id, PilotProcess.ASSESS_PILOT)).isEmpty();
		lifecycles.daysPass(id, 11);
		assertThat(driver.openTasks(id, PilotProcess.ASSESS_PILOT)).hasSize(1);
	}

	@Test
	void shouldWaitForAllPilotsBeforeTheEvaluation() {
		String id = lifecycles.register();
		lifecycles.planPilots(id, lifecycles.pilot("First", 10, "a"), lifecycles.pilot("Second", 20, "b"));
		lifecycles.daysPass(id, 11);
		lifecycles.assessAndApproveAll(id, "1", 5);

		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.RUN_PILOT);

		lifecycles.daysPass(id, 10);
		lifecycles.assessAndApproveAll(id, "1", 5);
		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.ENTER_EVALUATION);
		assertThat(stage(id)).isEqualTo(Stage.EVALUATION);
	}

	@Test
	void shouldRecommendAndProceedToTheAgreementWhenTheReviewerApproves() {
		String id = lifecycles.atTheGateRecommendingProceed();

		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.DECIDE_GATE);
		assertThat(runtimeService.getVariable(lifecycle(id).getId(), LifecycleProcess.GATE_RECOMMENDATION))
			.isEqualTo("PROCEED");
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());

		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.DRAFT_AGREEMENT);
		assertThat(stage(id)).isEqualTo(Stage.AGREEMENT);
		assertThat(evaluations.latest(id).orElseThrow().getDecidedBy()).isEqualTo("rita");
	}

	@Test
	void shouldBecomeActiveWhenAnExecutiveSignsTheAgreement() {
		String id = lifecycles.atTheGateRecommendingProceed();
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());
		driver.complete(id, LifecycleProcess.DRAFT_AGREEMENT, "sofia", draftAgreement(lifecycles.inDays(1),
				lifecycles.inDays(1).plusYears(2), "erik", "Pat Provider", "pat@provider.example"));

		driver.complete(id, LifecycleProcess.SIGN_AGREEMENT, "erik", signAgreement());

		assertThat(lifecycle(id)).hasPassed(LifecycleProcess.PARTNERSHIP_ACTIVE)
			.isWaitingAt(LifecycleProcess.NEXT_REVIEW_DUE, LifecycleProcess.RENEWAL_DECISION_DUE);
		assertThat(stage(id)).isEqualTo(Stage.ACTIVE);
		assertThat(agreements.get(id).getStatus()).isEqualTo(AgreementStatus.SIGNED);
		assertThat(agreements.get(id).getSignedBy()).isEqualTo("erik");
		assertThat(partners.history(id)).extracting(StageTransition::getToStage)
			.containsExactly(Stage.CANDIDATE, Stage.PILOT, Stage.EVALUATION, Stage.AGREEMENT, Stage.ACTIVE);
	}

	@Test
	void shouldReturnTheDraftWithTheExecutivesComment() {
		String id = lifecycles.atTheGateRecommendingProceed();
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());
		driver.complete(id, LifecycleProcess.DRAFT_AGREEMENT, "sofia", draftAgreement(lifecycles.inDays(1),
				lifecycles.inDays(1).plusYears(2), "erik", "Pat Provider", "pat@provider.example"));

		driver.complete(id, LifecycleProcess.SIGN_AGREEMENT, "eva", returnAgreement("Term too long"));

		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.DRAFT_AGREEMENT);
		assertThat(stage(id)).isEqualTo(Stage.AGREEMENT);
		assertThat(lifecycles.taskVariables(id, LifecycleProcess.DRAFT_AGREEMENT)).containsEntry("returnComment",
				"Term too long");
	}

	@Test
	void shouldEndAsRejectedWhenTheGateRejects() {
		String id = lifecycles.throughPilots("0", 1);
		lifecycles.enterEvaluation(id, "sofia", 1);

		assertThat(runtimeService.getVariable(lifecycle(id).getId(), LifecycleProcess.GATE_RECOMMENDATION))
			.isEqualTo("REJECT");
		String instanceId = lifecycle(id).getId();
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());

		assertThat(processEngine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult()
			.getEndActivityId()).isEqualTo(LifecycleProcess.CANDIDATE_REJECTED);
		assertThat(stage(id)).isEqualTo(Stage.REJECTED);
	}

	@Test
	void shouldExtendThePilotPhaseAndRunTheAdditionalPilots() {
		// pilot 60 × 1 + 40 × 0 = 60, vetting 50: gate 0.7 × 60 + 0.3 × 50 = 57, in the
		// grey zone
		String id = lifecycles.throughPilots("1", 1);
		lifecycles.enterEvaluation(id, "sofia", 3);
		assertThat(runtimeService.getVariable(lifecycle(id).getId(), LifecycleProcess.GATE_RECOMMENDATION))
			.isEqualTo("EXTEND_PILOTS");

		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());
		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.PLAN_ADDITIONAL_PILOTS);
		driver.complete(id, LifecycleProcess.PLAN_ADDITIONAL_PILOTS, "sofia",
				planAdditionalPilots(lifecycles.pilot("Pilot B", 5, "Criterion three")));

		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.RUN_PILOT);
		assertThat(stage(id)).isEqualTo(Stage.PILOT);
		assertThat(partners.get(id).getPilotExtensions()).isEqualTo(1);
		assertThat(pilots.ofPartner(id)).extracting(p -> p.getRound()).containsExactly(0, 1);
		lifecycles.daysPass(id, 6);
		lifecycles.assessAndApproveAll(id, "1", 5);
		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.ENTER_EVALUATION);
	}

	@Test
	void shouldRefuseAnOverrideWithoutAReason() {
		String id = lifecycles.atTheGateRecommendingProceed();

		assertThatThrownBy(() -> driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", overrideGate("REJECT", " ")))
			.hasMessageContaining("overrideReason: an override needs a written reason");
		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.DECIDE_GATE);
		assertThat(evaluations.latest(id).orElseThrow().getDecision()).isNull();
	}

	@Test
	void shouldFollowTheOverrideAndRecordItsReason() {
		String id = lifecycles.atTheGateRecommendingProceed();

		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", overrideGate("REJECT", "Provider was acquired"));

		assertThat(stage(id)).isEqualTo(Stage.REJECTED);
		var evaluation = evaluations.latest(id).orElseThrow();
		assertThat(evaluation.getRecommendation()).isEqualTo(GateDecision.PROCEED);
		assertThat(evaluation.getDecision()).isEqualTo(GateDecision.REJECT);
		assertThat(evaluation.getOverridden()).isTrue();
		assertThat(evaluation.getOverrideReason()).isEqualTo("Provider was acquired");
	}

	@Test
	void shouldNotExtendThePilotPhaseBeyondTheMaximum() {
		String id = lifecycles.throughPilots("1", 1);
		for (int extension = 1; extension <= 2; extension++) {
			lifecycles.enterEvaluation(id, "sofia", 3);
			driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", overrideGate("EXTEND_PILOTS", "Need more proof"));
			driver.complete(id, LifecycleProcess.PLAN_ADDITIONAL_PILOTS, "sofia",
					planAdditionalPilots(lifecycles.pilot("Extension " + extension, 5, "Criterion")));
			lifecycles.daysPass(id, 6);
			lifecycles.assessAndApproveAll(id, "1", 1);
		}
		lifecycles.enterEvaluation(id, "sofia", 3);

		assertThat(runtimeService.getVariable(lifecycle(id).getId(), LifecycleProcess.GATE_RECOMMENDATION))
			.isEqualTo("REJECT");
		assertThatThrownBy(() -> driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita",
				overrideGate("EXTEND_PILOTS", "One more try")))
			.hasMessageContaining("already been extended 2 times");
		assertThat(lifecycle(id)).isWaitingAt(LifecycleProcess.DECIDE_GATE);
	}

	@Test
	void shouldShowTheRecommendationAndItsReasonsInTheGateTask() {
		String id = lifecycles.atTheGateRecommendingProceed();

		var variables = lifecycles.taskVariables(id, LifecycleProcess.DECIDE_GATE);

		assertThat(variables).containsKeys("gateReasons", "gateScore", "pilotSummary", "complexityWarning");
		assertThat(variables.get("gateReasons").toString()).contains("reason");
		assertThat(variables.get("evaluationEnteredBy")).as("the author by name, not by id").isEqualTo("Sofia Lind");
	}

	@Test
	void shouldKeepOnlyIdsAndDecisionsAsProcessVariables() {
		String id = lifecycles.atTheGateRecommendingProceed();

		assertThat(runtimeService.getVariables(lifecycle(id).getId()).keySet()).containsExactlyInAnyOrder(
				LifecycleProcess.PARTNER_ID, LifecycleProcess.PARTNER_NAME, LifecycleProcess.STAGE,
				LifecycleProcess.GATE_RECOMMENDATION);
	}

	@Test
	void shouldStoreTheStageTheEngineIsAtAfterEveryStep() {
		String id = lifecycles.register();
		assertStageMatchesEngine(id);
		lifecycles.planPilots(id, lifecycles.pilot("Pilot", 3, "a"));
		assertStageMatchesEngine(id);
		lifecycles.daysPass(id, 4);
		assertStageMatchesEngine(id);
		lifecycles.assessAndApproveAll(id, "1", 5);
		assertStageMatchesEngine(id);
		lifecycles.enterEvaluation(id, "sofia", 5);
		assertStageMatchesEngine(id);
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "raj", approveGate());
		assertStageMatchesEngine(id);
		driver.complete(id, LifecycleProcess.DRAFT_AGREEMENT, "sofia", draftAgreement(lifecycles.inDays(1),
				lifecycles.inDays(1).plusYears(1), "eva", "Pat", "pat@provider.example"));
		assertStageMatchesEngine(id);
		driver.complete(id, LifecycleProcess.SIGN_AGREEMENT, "eva", signAgreement());
		assertStageMatchesEngine(id);
	}

	private void assertStageMatchesEngine(String partnerId) {
		lifecycles.assertStageMatchesEngine(partnerId);
	}

}
