package com.partnerlifecycle.dissolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.termination.TerminationService;

/**
 * The orderly end: exit plan, both sides' hand-over, lessons learned, the record
 * archived.
 */
@LifecycleTest
class DissolutionProcessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	DissolutionService dissolutions;

	@Autowired
	TerminationService terminations;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.active();
		driver.asUser("sofia",
				() -> terminations.request(partnerId, Side.PROVIDER, "Strategic change at the provider"));
		driver.executeDueJobs(partnerId);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	void planExit() {
		driver.complete(partnerId, DissolutionProcess.PLAN_EXIT, "sofia", FormValues.planExit(lifecycles.inDays(30)));
	}

	void confirmBothSides() {
		driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel",
				FormValues.confirmHandOver("All runbooks received"));
		driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER, lifecycles.representative(partnerId),
				FormValues.confirmHandOver("Data returned"));
	}

	@Test
	void shouldOpenTheDissolutionWithTheRequestingSidesReason() {
		Dissolution dissolution = dissolutions.get(partnerId);

		assertThat(dissolution.getCause()).isEqualTo(DissolutionCause.TERMINATION_REQUESTED);
		assertThat(dissolution.getReason()).isEqualTo("The provider asked to end it: Strategic change at the provider");
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.DISSOLVING);
		lifecycles.assertStageMatchesEngine(partnerId);
	}

	@Test
	void shouldAskBothSidesToConfirmTheHandOverInTheirOwnTasks() {
		planExit();

		Task ours = driver.openTask(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_BUYER);
		Task theirs = driver.openTask(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER);
		assertThat(taskService.getIdentityLinksForTask(theirs.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("partner-" + partnerId);
		assertThat(taskService.getIdentityLinksForTask(ours.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("sourcing-managers");
		assertThat(dissolutions.get(partnerId).getHandOverBy()).isEqualTo(lifecycles.inDays(30));
	}

	@Test
	void shouldWaitForBothHandOversBeforeTheLessonsLearned() {
		planExit();
		driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel",
				FormValues.confirmHandOver(null));

		assertThat(driver.openTasks(partnerId, DissolutionProcess.RECORD_LESSONS_LEARNED)).isEmpty();
		driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER, lifecycles.representative(partnerId),
				FormValues.confirmHandOver(null));
		assertThat(driver.openTasks(partnerId, DissolutionProcess.RECORD_LESSONS_LEARNED)).hasSize(1);
	}

	@Test
	void shouldEndDissolvedWithTheRecordArchived() {
		String lifecycleId = partners.get(partnerId).getProcessInstanceId();
		planExit();
		confirmBothSides();

		driver.complete(partnerId, DissolutionProcess.RECORD_LESSONS_LEARNED, "sofia", FormValues.lessonsLearned());

		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.DISSOLVED);
		assertThat(partners.get(partnerId).getArchivedAt()).isNotNull();
		Dissolution dissolution = dissolutions.get(partnerId);
		assertThat(dissolution.getProviderConfirmedBy()).isEqualTo(lifecycles.representative(partnerId));
		assertThat(dissolution.getLessonsLearned()).isEqualTo("Agree exit terms at signing");
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(partnerId).count()).isZero();
		assertThat(historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(lifecycleId)
			.singleResult()
			.getEndActivityId()).isEqualTo(LifecycleProcess.PARTNERSHIP_DISSOLVED);
	}

	@Test
	void shouldRefuseAHandOverThatIsNotConfirmed() {
		planExit();

		assertThatThrownBy(() -> driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel",
				FormValues.map("handOverConfirmed", false)))
			.hasMessageContaining("handOverConfirmed");
		assertThat(dissolutions.get(partnerId).getBuyerConfirmedBy()).isNull();
	}

	@Test
	void shouldRefuseAnExitPlanWithAHandOverDateInThePast() {
		assertThatThrownBy(() -> driver.complete(partnerId, DissolutionProcess.PLAN_EXIT, "sofia",
				FormValues.planExit(lifecycles.inDays(-1))))
			.hasMessageContaining("handOverBy: must not be in the past");
		assertThat(dissolutions.get(partnerId).getExitPlannedBy()).isNull();
	}

}
