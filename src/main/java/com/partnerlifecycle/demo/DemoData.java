package com.partnerlifecycle.demo;

import static com.partnerlifecycle.demo.FormValues.approveGate;
import static com.partnerlifecycle.demo.FormValues.approveGateAcknowledgingComplexity;
import static com.partnerlifecycle.demo.FormValues.approvePilotResults;
import static com.partnerlifecycle.demo.FormValues.draftAgreement;
import static com.partnerlifecycle.demo.FormValues.evaluation;
import static com.partnerlifecycle.demo.FormValues.pilotCompleted;
import static com.partnerlifecycle.demo.FormValues.planPilots;
import static com.partnerlifecycle.demo.FormValues.signAgreement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.demo.FormValues.IntendedComponent;
import com.partnerlifecycle.demo.FormValues.PlannedPilot;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.PartnerService.Registration;
import com.partnerlifecycle.pilot.PilotProcess;

/**
 * The first run's story: demo users and filters, and partners at several stages — each reached by driving
 * the real process as the demo users would, with the engine's clock set back where the story needs history.
 * Runs before the job executor starts; a partner that already exists is left alone, so a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoIdentity identity;

	private final PartnerService partners;

	private final ProcessDriver driver;

	DemoData(DemoIdentity identity, PartnerService partners, ProcessDriver driver) {
		this.identity = identity;
		this.partners = partners;
		this.driver = driver;
	}

	@Override
	public void run(ApplicationArguments args) {
		identity.create();
		Instant now = Instant.now();
		try {
			story("fabrikam-data-center", () -> activePartner(now));
			story("globex-bpo", () -> rejectedCandidate(now));
			story("contoso-it-consulting", () -> waitingAtTheGate(now));
			story("northwind-cloud-services", () -> inPilot(now));
			story("initech-outsourcing", () -> justRegistered(now));
		}
		finally {
			driver.resetClock();
		}
	}

	private void story(String partnerId, Runnable story) {
		if (partners.find(partnerId).isPresent()) {
			return;
		}
		story.run();
		log.info("Demo partner {} is at stage {}", partnerId, partners.get(partnerId).getStage());
	}

	/** Registered 200 days ago, one convincing pilot, through the gate, agreement signed 120 days ago. */
	private void activePartner(Instant now) {
		String id = register(now.minus(days(200)), "Fabrikam Data Center",
				"Co-location and managed hosting for our two data centres");
		PlannedPilot pilot = new PlannedPilot("Migrate the test environment", date(now.minus(days(150))),
				"All 40 test servers run in Fabrikam's hall", "No outage longer than 2 hours",
				"Monthly cost at most 10% above today's");
		complete(id, LifecycleProcess.PLAN_PILOTS, "sofia",
				planPilots("Lower hosting costs and 24/7 operations", "A reference customer in our industry", pilot));
		runPilot(id, now.minus(days(149)), "samuel", List.of("1", "1", "0.5"), 4, 4, 5,
				"40 servers migrated", "Runbook for the hand-over");
		driver.clockAt(now.minus(days(140)));
		complete(id, LifecycleProcess.ENTER_EVALUATION, "sofia", evaluation(4, 5, 4,
				new IntendedComponent("Fabrikam operations team", "PARTY", 0.95),
				new IntendedComponent("Monitoring integration", "INTEGRATION", 0.9)));
		complete(id, LifecycleProcess.DECIDE_GATE, "raj", approveGate());
		driver.clockAt(now.minus(days(130)));
		complete(id, LifecycleProcess.DRAFT_AGREEMENT, "sofia", draftAgreement(date(now.minus(days(120))),
				date(now.minus(days(120))).plusYears(3), "erik", "Frida Fabrikam", "frida@fabrikam.example"));
		driver.clockAt(now.minus(days(125)));
		complete(id, LifecycleProcess.SIGN_AGREEMENT, "erik", signAgreement());
	}

	/** One pilot that missed its criteria: the gate recommends rejection and a reviewer approves it. */
	private void rejectedCandidate(Instant now) {
		String id = register(now.minus(days(120)), "Globex BPO", "Back-office processing for accounts payable");
		PlannedPilot pilot = new PlannedPilot("Invoice processing for one business unit", date(now.minus(days(80))),
				"95% of invoices booked within 2 days", "Error rate below 1%");
		complete(id, LifecycleProcess.PLAN_PILOTS, "samuel",
				planPilots("Faster invoice processing", "Entry into a new market", pilot));
		runPilot(id, now.minus(days(79)), "samuel", List.of("0", "0.5"), 2, 3, 2, "Process documentation");
		driver.clockAt(now.minus(days(70)));
		complete(id, LifecycleProcess.ENTER_EVALUATION, "samuel",
				evaluation(2, 2, 3, new IntendedComponent("Globex delivery centre", "PARTY", 0.7)));
		complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());
	}

	/** Two pilots done; the evaluation carries a complexity warning; the gate task waits for a reviewer. */
	private void waitingAtTheGate(Instant now) {
		String id = register(now.minus(days(90)), "Contoso IT Consulting",
				"Application development and maintenance for the sales systems");
		PlannedPilot crm = new PlannedPilot("CRM release 4.2", date(now.minus(days(30))),
				"Release delivered on the agreed date", "No severity-1 defect in the first month");
		PlannedPilot support = new PlannedPilot("Second-level support for the web shop", date(now.minus(days(20))),
				"90% of tickets solved within the SLA", "Customer satisfaction at least 4 of 5");
		complete(id, LifecycleProcess.PLAN_PILOTS, "sofia", planPilots(
				"Faster releases of the sales systems", "Growth of its application services business", crm, support));
		driver.clockAt(now.minus(days(19)));
		driver.executeDueJobs(id);
		for (Task task : driver.openTasks(id, PilotProcess.ASSESS_PILOT)) {
			List<String> criteria = driver.criteriaOf(task);
			driver.complete(task, "samuel", crm.title().equals(driver.pilotTitleOf(task))
					? pilotCompleted(criteria, List.of("1", "0.5"), 3, 3, 4, "Release 4.2 in production")
					: pilotCompleted(criteria, List.of("1", "0"), 3, 2, 3, "Support desk staffed",
							"Knowledge base of 120 articles"));
		}
		for (Task task : driver.openTasks(id, PilotProcess.APPROVE_PILOT_RESULTS)) {
			driver.complete(task, "rita", approvePilotResults());
		}
		driver.clockAt(now.minus(days(5)));
		complete(id, LifecycleProcess.ENTER_EVALUATION, "samuel", evaluation(4, 3, 3,
				new IntendedComponent("Contoso offshore team", "PARTY", 0.8),
				new IntendedComponent("Integration with our ticketing system", "INTEGRATION", 0.7),
				new IntendedComponent("Quarterly release train", "DELIVERABLE", 0.8)));
	}

	/** Two pilots planned: one ended three days ago and waits for its assessment, one runs another month. */
	private void inPilot(Instant now) {
		String id = register(now.minus(days(40)), "Northwind Cloud Services", "Public cloud landing zone and operations");
		complete(id, LifecycleProcess.PLAN_PILOTS, "sofia", planPilots(
				"A secure landing zone in weeks instead of months", "A showcase for regulated industries",
				new PlannedPilot("Landing zone for the analytics team", date(now.minus(days(3))),
						"Landing zone passes the security review", "Analytics team deploys on its own"),
				new PlannedPilot("Backup as a service", date(now.plus(days(30))),
						"Daily backups of all production databases", "Restore tested within 4 hours")));
		driver.clockAt(now.minus(days(2)));
		driver.executeDueJobs(id);
	}

	private void justRegistered(Instant now) {
		register(now.minus(days(1)), "Initech Outsourcing", "Desktop support for 3,000 workplaces");
	}

	/** Registers the partner at the given time; its pilots are planned two days later. */
	private String register(Instant at, String name, String description) {
		driver.clockAt(at);
		String[] id = new String[1];
		driver.asUser("sofia", () -> id[0] = partners.register(
				new Registration(name, description, null, 2)).getId());
		driver.clockAt(at.plus(days(2)));
		return id[0];
	}

	private void complete(String partnerId, String taskKey, String user, java.util.Map<String, Object> values) {
		driver.complete(partnerId, taskKey, user, values);
	}

	/** Lets the pilot's end-date timer fire, then assesses and approves it. */
	private void runPilot(String partnerId, Instant after, String assessor, List<String> ratings, int quality,
			int cost, int timeliness, String... outcomes) {
		driver.clockAt(after);
		driver.executeDueJobs(partnerId);
		Task assess = driver.openTask(partnerId, PilotProcess.ASSESS_PILOT);
		List<String> criteria = driver.criteriaOf(assess);
		driver.complete(assess, assessor, pilotCompleted(criteria, ratings, quality, cost, timeliness, outcomes));
		driver.complete(partnerId, PilotProcess.APPROVE_PILOT_RESULTS, "rita", approvePilotResults());
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	private static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

}
