package com.partnerlifecycle;

import static com.partnerlifecycle.demo.FormValues.approvePilotResults;
import static com.partnerlifecycle.demo.FormValues.pilotCompleted;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;

import com.partnerlifecycle.demo.DemoIdentity;
import com.partnerlifecycle.demo.FormValues.IntendedComponent;
import com.partnerlifecycle.demo.FormValues.PlannedPilot;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.PartnerService.Registration;
import com.partnerlifecycle.pilot.PilotProcess;

/** Walks a test partner through the lifecycle as the demo users (sofia, samuel, rita, raj, erik) would. */
public class Lifecycles {

	public static final IntendedComponent SAFE_COMPONENT = new IntendedComponent("Provider team", "PARTY", 0.9);

	private final PartnerService partners;

	private final ProcessDriver driver;

	private Instant clock = Instant.now();

	public Lifecycles(PartnerService partners, ProcessDriver driver, DemoIdentity identity) {
		this.partners = partners;
		this.driver = driver;
		identity.create();
		driver.clockAt(clock);
	}

	public ProcessDriver driver() {
		return driver;
	}

	public String register() {
		String[] id = new String[1];
		driver.asUser("sofia", () -> id[0] = partners
			.register(new Registration("Test Partner " + UUID.randomUUID().toString().substring(0, 8), null, null, 1))
			.getId());
		return id[0];
	}

	public LocalDate inDays(int days) {
		return LocalDate.ofInstant(clock.plus(Duration.ofDays(days)), ZoneOffset.UTC);
	}

	public PlannedPilot pilot(String title, int endsInDays, String... criteria) {
		return new PlannedPilot(title, inDays(endsInDays), criteria);
	}

	public void planPilots(String partnerId, PlannedPilot... pilots) {
		driver.complete(partnerId, LifecycleProcess.PLAN_PILOTS, "sofia",
				com.partnerlifecycle.demo.FormValues.planPilots("Lower costs", "A reference customer", pilots));
	}

	/** Moves the engine's clock forward and fires whatever became due for this partner. */
	public void daysPass(String partnerId, int days) {
		clock = clock.plus(Duration.ofDays(days));
		driver.clockAt(clock);
		driver.executeDueJobs(partnerId);
	}

	/** Assesses every open pilot assessment with the same ratings per criterion, then approves each. */
	public void assessAndApproveAll(String partnerId, String rating, int score) {
		for (Task task : driver.openTasks(partnerId, PilotProcess.ASSESS_PILOT)) {
			List<String> criteria = driver.criteriaOf(task);
			driver.complete(task, "samuel", pilotCompleted(criteria,
					criteria.stream().map(c -> rating).toList(), score, score, score, "Something concrete"));
		}
		for (Task task : driver.openTasks(partnerId, PilotProcess.APPROVE_PILOT_RESULTS)) {
			driver.complete(task, "rita", approvePilotResults());
		}
	}

	/** Registers, plans one pilot with two criteria, lets it end, assesses it with the given rating and scores. */
	public String throughPilots(String rating, int score) {
		String id = register();
		planPilots(id, pilot("Pilot A", 10, "Criterion one", "Criterion two"));
		daysPass(id, 11);
		assessAndApproveAll(id, rating, score);
		return id;
	}

	public void enterEvaluation(String partnerId, String user, int vetting, IntendedComponent... components) {
		driver.complete(partnerId, LifecycleProcess.ENTER_EVALUATION, user,
				com.partnerlifecycle.demo.FormValues.evaluation(vetting, vetting, vetting,
						components.length == 0 ? new IntendedComponent[] { SAFE_COMPONENT } : components));
	}

	/** Strong pilot and vetting: the gate recommends PROCEED and waits for a reviewer. */
	public String atTheGateRecommendingProceed() {
		String id = throughPilots("1", 5);
		enterEvaluation(id, "sofia", 5);
		return id;
	}

	public Map<String, Object> taskVariables(String partnerId, String taskKey) {
		return driver.taskVariablesLocal(driver.openTask(partnerId, taskKey));
	}

}
