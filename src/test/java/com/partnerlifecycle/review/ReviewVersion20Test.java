package com.partnerlifecycle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/**
 * A review started on version 2.0 (no minutes) when 2.1 was deployed still goes from the
 * agenda to the decision, and its decision form, that deployment's own, still opens:
 * 2.1's steps and beans do not strand it.
 */
@LifecycleTest
class ReviewVersion20Test {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ProcessDriver driver;

	@Autowired
	ReviewService reviews;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	RepositoryService repositoryService;

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

	@Test
	void shouldFinishAReviewStartedOnVersion20WithoutMinutes() {
		ProcessDefinition current = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.latestVersion()
			.singleResult();
		assertThat(current.getVersionTag()).isEqualTo("2.1");
		String folder = "legacy/business-review-2.0/";
		Deployment legacy = repositoryService.createDeployment()
			.name("business-review version 2.0 (test)")
			.addClasspathResource(folder + "business-review.bpmn")
			.addClasspathResource(folder + "schedule-review-meeting.form")
			.addClasspathResource(folder + "rate-review-buyer.form")
			.addClasspathResource(folder + "rate-review-provider.form")
			.addClasspathResource(folder + "decide-review-outcome.form")
			.deploy();
		try {
			ProcessDefinition v20 = repositoryService.createProcessDefinitionQuery()
				.deploymentId(legacy.getId())
				.singleResult();
			assertThat(v20.getVersionTag()).isEqualTo("2.0");

			lifecycles.untilNextReviewStarts(partnerId);
			List<Review> history = reviews.history(partnerId);
			Review review = history.get(history.size() - 1);
			ProcessInstance instance = runtimeService.createProcessInstanceQuery()
				.processInstanceId(review.getProcessInstanceId())
				.singleResult();
			assertThat(instance.getProcessDefinitionId()).isEqualTo(v20.getId());
			lifecycles.scheduleMeeting(partnerId);
			driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId),
					FormValues.rateAsProvider(4, 80_000, 0));
			driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", FormValues.rateAsBuyer(4, 100_000, 0));
			driver.executeDueJobs(partnerId); // the agenda

			assertThat(instance).isWaitingAt(ReviewProcess.DECIDE_OUTCOME);
			assertThat(lifecycles.taskVariables(partnerId, ReviewProcess.DECIDE_OUTCOME)).containsKey("ratingsTable")
				.containsEntry("minutesSummary", "–");
			driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva", FormValues.decideReview("CONTINUE", null));
			driver.executeDueJobs(partnerId);

			assertThat(reviews.get(review.getId()).getStatus()).isEqualTo(ReviewStatus.DECIDED);
			assertThat(instance).isEnded();
		}
		finally {
			repositoryService.deleteDeployment(legacy.getId(), true);
		}
	}

}
