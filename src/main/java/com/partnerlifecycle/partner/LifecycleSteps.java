package com.partnerlifecycle.partner;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The milestone events of processes/partnership-lifecycle.bpmn: one listener bean per
 * stage ({@code camunda:executionListener delegateExpression="${enterPilotStage}"}), so
 * the model names the stage it enters.
 */
@Configuration
class LifecycleSteps {

	private final StageTracker stages;

	LifecycleSteps(StageTracker stages) {
		this.stages = stages;
	}

	@Bean
	ExecutionListener enterPilotStage() {
		return stages.entering(Stage.PILOT);
	}

	@Bean
	ExecutionListener enterEvaluationStage() {
		return stages.entering(Stage.EVALUATION);
	}

	@Bean
	ExecutionListener enterAgreementStage() {
		return stages.entering(Stage.AGREEMENT);
	}

	@Bean
	ExecutionListener enterRejectedStage() {
		return stages.entering(Stage.REJECTED);
	}

	@Bean
	ExecutionListener enterWithdrawnStage() {
		return stages.entering(Stage.WITHDRAWN);
	}

	@Bean
	ExecutionListener enterActiveStage() {
		return stages.entering(Stage.ACTIVE);
	}

	@Bean
	ExecutionListener enterDissolvingStage() {
		return stages.entering(Stage.DISSOLVING);
	}

	@Bean
	ExecutionListener enterDissolvedStage() {
		return stages.entering(Stage.DISSOLVED);
	}

}
