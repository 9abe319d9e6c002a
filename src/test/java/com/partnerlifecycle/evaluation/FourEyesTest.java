package com.partnerlifecycle.evaluation;

import static com.partnerlifecycle.demo.FormValues.approveGate;
import static com.partnerlifecycle.demo.FormValues.approveGateAcknowledgingComplexity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.FormValues.IntendedComponent;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * The gate's four-eyes rule and the complexity acknowledgement, at the task's completion.
 */
@LifecycleTest
class FourEyesTest {

	@Autowired
	PartnerService partners;

	@Autowired
	ProcessDriver driver;

	@Autowired
	TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.FormService formService;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ApplicationContext context;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.throughPilots("1", 5);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	@Test
	void shouldRefuseTheGateDecisionByTheEvaluationsAuthor() {
		String dana = lifecycles.sourcingManagerAndReviewer();
		lifecycles.enterEvaluation(partnerId, dana, 5);

		assertThatThrownBy(() -> driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, dana, approveGate()))
			.hasMessageContaining("you entered this evaluation, so another reviewer must decide the gate");
		assertThat(driver.openTasks(partnerId, LifecycleProcess.DECIDE_GATE)).hasSize(1);
		assertThat(evaluations.latest(partnerId).orElseThrow().getDecision()).isNull();
	}

	@Test
	void shouldAcceptTheGateDecisionByAnotherUser() {
		lifecycles.enterEvaluation(partnerId, lifecycles.sourcingManagerAndReviewer(), 5);

		driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "raj", approveGate());

		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.AGREEMENT);
		assertThat(evaluations.latest(partnerId).orElseThrow().getDecidedBy()).isEqualTo("raj");
	}

	@Test
	void shouldRefuseTheGateDecisionWithoutALoggedInUser() {
		lifecycles.enterEvaluation(partnerId, "sofia", 5);
		Task gate = driver.openTask(partnerId, LifecycleProcess.DECIDE_GATE);

		assertThatThrownBy(() -> formService.submitTaskForm(gate.getId(), ProcessDriver.variables(approveGate())))
			.hasMessageContaining("needs a logged-in reviewer");
		assertThat(driver.openTasks(partnerId, LifecycleProcess.DECIDE_GATE)).hasSize(1);
	}

	@Test
	void shouldStoreTheAuthorOnTheRecordNotInAVariable() {
		String dana = lifecycles.sourcingManagerAndReviewer();
		lifecycles.enterEvaluation(partnerId, dana, 5);
		Task gate = driver.openTask(partnerId, LifecycleProcess.DECIDE_GATE);
		// a variable named like the author, set through the API, changes nothing
		taskService.setVariable(gate.getId(), "evaluationEnteredBy", "someone-else");

		assertThatThrownBy(() -> driver.complete(gate, dana, approveGate()))
			.hasMessageContaining("you entered this evaluation");
	}

	@Test
	void shouldNotLetAUserOutsideTheReviewersDecideTheGate() {
		lifecycles.enterEvaluation(partnerId, "sofia", 5);

		assertThatThrownBy(() -> driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "erik", approveGate()))
			.isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
		assertThat(evaluations.latest(partnerId).orElseThrow().getDecision()).isNull();
	}

	@Test
	void shouldRequireAcknowledgingTheComplexityWarning() {
		lifecycles.enterEvaluation(partnerId, "sofia", 5, new IntendedComponent("Team", "PARTY", 0.8),
				new IntendedComponent("ERP integration", "INTEGRATION", 0.7),
				new IntendedComponent("Data migration", "DELIVERABLE", 0.8));
		assertThat(evaluations.latest(partnerId).orElseThrow().getComplexityWarning()).contains("0.448");

		assertThatThrownBy(() -> driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "rita", approveGate()))
			.hasMessageContaining("complexityAcknowledged");
		driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "rita", approveGateAcknowledgingComplexity());
		assertThat(evaluations.latest(partnerId).orElseThrow().getComplexityAcknowledged()).isTrue();
	}

	@Test
	void shouldRefuseAnEvaluationWithoutALoggedInAuthor() {
		Task task = driver.openTask(partnerId, LifecycleProcess.ENTER_EVALUATION);

		assertThatThrownBy(() -> formService.submitTaskForm(task.getId(),
				ProcessDriver
					.variables(com.partnerlifecycle.demo.FormValues.evaluation(4, 4, 4, Lifecycles.SAFE_COMPONENT))))
			.hasMessageContaining("must be entered by a logged-in user");
		assertThat(evaluations.latest(partnerId)).isEmpty();
	}

}
