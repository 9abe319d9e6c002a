package com.partnerlifecycle.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.dissolution.DissolutionCause;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.dissolution.DissolutionService;
import com.partnerlifecycle.pilot.PilotProcess;

/**
 * A partner whose lifecycle runs on version 1.2 (its milestones call
 * {@code ${stages.enter(execution, ...)}}, its end events
 * {@code ${dissolutions.cause(execution, ...)}}, its pilots
 * {@code ${pilots.markRunning(...)}}) still goes from registration to dissolved. Its own
 * database: the partners of the older version stay out of the other tests.
 */
@LifecycleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:lifecycle12;DB_CLOSE_DELAY=-1")
class LifecycleVersion12Test {

	static final String FOLDER = "legacy/before-steps/";

	@Autowired
	ApplicationContext context;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	AgreementService agreements;

	@Autowired
	DissolutionService dissolutions;

	Lifecycles lifecycles;

	Deployment legacy;

	@BeforeEach
	void deployVersion12() {
		lifecycles = new Lifecycles(context);
		DeploymentBuilder deployment = repositoryService.createDeployment()
			.name("partnership-lifecycle 1.2 and pilot-project 1.0 (test)")
			.addClasspathResource(FOLDER + "partnership-lifecycle.bpmn")
			.addClasspathResource(FOLDER + "pilot-project.bpmn");
		for (String form : new String[] { "plan-pilots", "plan-additional-pilots", "enter-evaluation", "decide-gate",
				"draft-agreement", "sign-agreement", "decide-renewal", "assess-pilot", "approve-pilot-results" }) {
			deployment.addClasspathResource("forms/" + form + ".form");
		}
		legacy = deployment.deploy();
	}

	@AfterEach
	void removeVersion12() {
		repositoryService.deleteDeployment(legacy.getId(), true);
		driver.resetClock();
	}

	@Test
	void shouldTakeAPartnerOnVersion12FromRegistrationToDissolved() {
		ProcessDefinition v12 = repositoryService.createProcessDefinitionQuery()
			.deploymentId(legacy.getId())
			.processDefinitionKey(LifecycleProcess.KEY)
			.singleResult();
		assertThat(v12.getVersionTag()).isEqualTo("1.2");

		String partnerId = lifecycles.register();
		assertThat(runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.processDefinitionKey(LifecycleProcess.KEY)
			.singleResult()
			.getProcessDefinitionId()).isEqualTo(v12.getId());
		lifecycles.planPilots(partnerId, lifecycles.pilot("Pilot A", 10, "Criterion one"));
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.PILOT);
		assertThat(runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.processDefinitionKey(PilotProcess.KEY)
			.singleResult()
			.getProcessDefinitionId()).as("the pilot of version 1.0")
			.startsWith(PilotProcess.KEY + ":")
			.satisfies(id -> assertThat(repositoryService.getProcessDefinition(id).getDeploymentId())
				.isEqualTo(legacy.getId()));
		lifecycles.daysPass(partnerId, 11);
		lifecycles.assessAndApproveAll(partnerId, "1", 5);
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.EVALUATION);
		lifecycles.enterEvaluation(partnerId, "sofia", 5);
		driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.AGREEMENT);
		driver.complete(partnerId, LifecycleProcess.DRAFT_AGREEMENT, "sofia",
				FormValues.draftAgreement(lifecycles.inDays(0), lifecycles.inDays(0).plusYears(2), "erik",
						"Pat Provider", "pat@provider.example"));
		driver.complete(partnerId, LifecycleProcess.SIGN_AGREEMENT, "erik", FormValues.signAgreement());
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.ACTIVE);
		lifecycles.assertStageMatchesEngine(partnerId);

		lifecycles.clockTo(partnerId, agreements.renewalDecisionDate(partnerId).toInstant().plusSeconds(60));
		driver.complete(partnerId, LifecycleProcess.DECIDE_RENEWAL, "eva", FormValues.letTheAgreementEnd());
		lifecycles.clockTo(partnerId, agreements.endDateOf(partnerId).toInstant().plusSeconds(60));
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.DISSOLVING);
		assertThat(dissolutions.get(partnerId).getCause()).isEqualTo(DissolutionCause.TERM_ENDED);
		lifecycles.assertStageMatchesEngine(partnerId);

		driver.complete(partnerId, DissolutionProcess.PLAN_EXIT, "sofia", FormValues.planExit(lifecycles.inDays(30)));
		driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel",
				FormValues.confirmHandOver(null));
		driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER, lifecycles.representative(partnerId),
				FormValues.confirmHandOver(null));
		driver.complete(partnerId, DissolutionProcess.RECORD_LESSONS_LEARNED, "sofia", FormValues.lessonsLearned());
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.DISSOLVED);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(partnerId).count()).isZero();
	}

}
