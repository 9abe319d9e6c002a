package com.partnerlifecycle.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.followup.ActionItemProcess;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.pilot.PilotProcess;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.termination.TerminationService;

/**
 * One complete lifecycle, twice: through the product's services (the test fixture
 * {@link Lifecycles}: register, one pilot, gate, agreement, two reviews (the first agrees
 * an action item, which its owner then reports done), termination and dissolution, as the
 * demo users), and through the bare engine on the twin processes (same elements, no-op
 * delegates, no application tables), step for step with the same driver: the same users
 * complete the same tasks, the same timers and async steps run.
 */
final class LifecycleDrivers {

	interface Driver {

		/** Runs one whole lifecycle and returns its business key. */
		String run(int number);

		/** True when the lifecycle has ended where a dissolved partnership ends. */
		boolean dissolved(String key);

	}

	static final class Product implements Driver {

		private final Lifecycles lifecycles;

		private final ProcessDriver driver;

		private final TerminationService terminations;

		private final PartnerService partners;

		Product(ApplicationContext context) {
			this(context, context.getBean(ProcessDriver.class));
		}

		/**
		 * With this driver completing the tasks, e.g. {@link UserActions}' as Tasklist
		 * does.
		 */
		Product(ApplicationContext context, ProcessDriver driver) {
			this.lifecycles = new Lifecycles(context, driver);
			this.driver = driver;
			this.terminations = context.getBean(TerminationService.class);
			this.partners = context.getBean(PartnerService.class);
		}

		@Override
		public String run(int number) {
			lifecycles.restartClock();
			String id = lifecycles.active();
			// the first review agrees one action item, which its owner reports done
			lifecycles.untilNextReviewStarts(id);
			lifecycles.untilTheMinutes(id, 4, 4, 100_000, 80_000);
			driver.complete(id, ReviewProcess.RECORD_MINUTES, "sofia", FormValues.recordMinutes(
					"We went through both sides' ratings.", java.util.List.of(),
					new FormValues.NewActionItem("Share the capacity plan", "user:sofia", lifecycles.inDays(30))));
			driver.complete(id, ReviewProcess.ACKNOWLEDGE_MINUTES, lifecycles.representative(id),
					FormValues.acceptMinutes());
			driver.complete(id, ReviewProcess.DECIDE_OUTCOME, "eva", FormValues.decideReview("CONTINUE", null));
			driver.executeDueJobs(id);
			driver.complete(id, ActionItemProcess.REPORT, "sofia",
					FormValues.reportActionItem("DONE", "Shared on the portal"));
			lifecycles.review(id, 4, 4, 100_000, 80_000, "CONTINUE");
			driver.asUser("sofia", () -> terminations.request(id, Side.BUYER, "Consolidating providers"));
			driver.executeDueJobs(id);
			driver.complete(id, DissolutionProcess.PLAN_EXIT, "sofia", FormValues.planExit(lifecycles.inDays(30)));
			driver.complete(id, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel", FormValues.confirmHandOver(null));
			driver.complete(id, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER, lifecycles.representative(id),
					FormValues.confirmHandOver(null));
			driver.complete(id, DissolutionProcess.RECORD_LESSONS_LEARNED, "sofia", FormValues.lessonsLearned());
			return id;
		}

		@Override
		public boolean dissolved(String id) {
			return partners.get(id).getStage() == Stage.DISSOLVED;
		}

	}

	static final class Twin implements Driver {

		static final String PREFIX = "twin-";

		static final String LIFECYCLE = PREFIX + LifecycleProcess.KEY;

		static final String TERMINATION = "TwinPartnershipTerminationRequested";

		static final String ACTION_ITEM = PREFIX + ActionItemProcess.KEY;

		static final String[] RESOURCES = { "twin-partnership-lifecycle.bpmn", "twin-pilot-project.bpmn",
				"twin-business-review.bpmn", "twin-partnership-dissolution.bpmn", "twin-action-item.bpmn" };

		private final ProcessDriver driver;

		private final RuntimeService runtimeService;

		private final HistoryService historyService;

		private final String run = Long.toString(System.nanoTime(), 36);

		private Instant clock;

		Twin(ApplicationContext context) {
			this(context, context.getBean(ProcessDriver.class));
		}

		Twin(ApplicationContext context, ProcessDriver driver) {
			this.driver = driver;
			this.runtimeService = context.getBean(RuntimeService.class);
			this.historyService = context.getBean(HistoryService.class);
			deploy(context.getBean(RepositoryService.class));
		}

		/**
		 * The twin processes; like the product's lifecycle, the twin is started as the
		 * system (no business user may).
		 */
		static void deploy(RepositoryService repository) {
			var deployment = repository.createDeployment().name("benchmark-twin").enableDuplicateFiltering(false);
			for (String resource : RESOURCES) {
				deployment.addClasspathResource("benchmark/twin/" + resource);
			}
			deployment.deploy();
		}

		private void daysPass(String key, int days) {
			clock = clock.plus(Duration.ofDays(days));
			driver.clockAt(clock);
			driver.executeDueJobs(key);
		}

		private void review(String key, boolean withActionItem) {
			Instant due = driver.nextJobDue(key, LifecycleProcess.NEXT_REVIEW_DUE).plus(Duration.ofMinutes(1));
			clock = due.isAfter(clock) ? due : clock;
			driver.clockAt(clock);
			driver.executeDueJobs(key);
			driver.complete(key, ReviewProcess.SCHEDULE_MEETING, "sofia", Map.of());
			driver.executeDueJobs(key);
			driver.complete(key, ReviewProcess.RATE_PROVIDER, "paula", Map.of());
			driver.complete(key, ReviewProcess.RATE_BUYER, "erik", Map.of());
			driver.executeDueJobs(key); // the agenda
			driver.complete(key, ReviewProcess.RECORD_MINUTES, "sofia", Map.of());
			if (withActionItem) {
				// what the product's minutes start for an agreed item
				runtimeService.startProcessInstanceByKey(ACTION_ITEM, key,
						Variables.createVariables()
							.putValue("owner", "sofia")
							.putValue("ownerGroup", "sourcing-managers")
							.putValue("remindAt", Date.from(clock.plus(Duration.ofDays(23))))
							.putValue("dueDayAt", Date.from(clock.plus(Duration.ofDays(30))))
							.putValue("overdueAt", Date.from(clock.plus(Duration.ofDays(31)))));
			}
			driver.complete(key, ReviewProcess.ACKNOWLEDGE_MINUTES, "paula", Map.of());
			driver.complete(key, ReviewProcess.DECIDE_OUTCOME, "eva",
					Map.of(ReviewProcess.REVIEW_DECISION, "CONTINUE"));
			driver.executeDueJobs(key);
			if (withActionItem) {
				driver.complete(key, ActionItemProcess.REPORT, "sofia", Map.of(ActionItemProcess.REPORTED, "DONE"));
			}
		}

		@Override
		public String run(int number) {
			clock = Instant.now();
			driver.clockAt(clock);
			String key = PREFIX + run + "-" + number;
			runtimeService.startProcessInstanceByKey(LIFECYCLE, key,
					Variables.createVariables()
						.putValue(LifecycleProcess.PARTNER_ID, key)
						.putValue(LifecycleProcess.PARTNER_NAME, "Twin partner " + number)
						.putValue("pilotCount", 1));
			driver.complete(key, LifecycleProcess.PLAN_PILOTS, "sofia", Map.of());
			daysPass(key, 11);
			driver.complete(key, PilotProcess.ASSESS_PILOT, "samuel", Map.of(PilotProcess.PILOT_OUTCOME, "COMPLETED"));
			driver.complete(key, PilotProcess.APPROVE_PILOT_RESULTS, "rita",
					Map.of(PilotProcess.PILOT_REVIEW_DECISION, "APPROVE"));
			driver.complete(key, LifecycleProcess.ENTER_EVALUATION, "sofia", Map.of());
			driver.complete(key, LifecycleProcess.DECIDE_GATE, "rita",
					Map.of(LifecycleProcess.GATE_DECISION, "PROCEED"));
			driver.complete(key, LifecycleProcess.DRAFT_AGREEMENT, "sofia", Map.of());
			driver.complete(key, LifecycleProcess.SIGN_AGREEMENT, "erik",
					Map.of(LifecycleProcess.SIGNATURE_DECISION, "SIGN"));
			review(key, true);
			review(key, false);
			runtimeService.createMessageCorrelation(TERMINATION)
				.processInstanceBusinessKey(key)
				.setVariable(DissolutionProcess.DISSOLUTION_CAUSE, "TERMINATION_REQUESTED")
				.correlate();
			driver.executeDueJobs(key);
			driver.complete(key, DissolutionProcess.PLAN_EXIT, "sofia", Map.of());
			driver.complete(key, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel", Map.of());
			driver.complete(key, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER, "paula", Map.of());
			driver.complete(key, DissolutionProcess.RECORD_LESSONS_LEARNED, "sofia", Map.of());
			return key;
		}

		@Override
		public boolean dissolved(String key) {
			var instance = historyService.createHistoricProcessInstanceQuery()
				.processDefinitionKey(LIFECYCLE)
				.processInstanceBusinessKey(key)
				.singleResult();
			return instance != null && LifecycleProcess.PARTNERSHIP_DISSOLVED.equals(instance.getEndActivityId());
		}

	}

	private LifecycleDrivers() {
	}

}
