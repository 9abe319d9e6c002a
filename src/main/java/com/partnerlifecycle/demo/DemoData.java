package com.partnerlifecycle.demo;

import static com.partnerlifecycle.demo.FormValues.approveGate;
import static com.partnerlifecycle.demo.FormValues.approvePilotResults;
import static com.partnerlifecycle.demo.FormValues.confirmHandOver;
import static com.partnerlifecycle.demo.FormValues.decideReview;
import static com.partnerlifecycle.demo.FormValues.draftAgreement;
import static com.partnerlifecycle.demo.FormValues.evaluation;
import static com.partnerlifecycle.demo.FormValues.lessonsLearned;
import static com.partnerlifecycle.demo.FormValues.pilotCompleted;
import static com.partnerlifecycle.demo.FormValues.planExit;
import static com.partnerlifecycle.demo.FormValues.planPilots;
import static com.partnerlifecycle.demo.FormValues.rateAsBuyer;
import static com.partnerlifecycle.demo.FormValues.rateAsProvider;
import static com.partnerlifecycle.demo.FormValues.scheduleReviewMeeting;
import static com.partnerlifecycle.demo.FormValues.signAgreement;
import static com.partnerlifecycle.demo.FormValues.withAgendaTopics;
import static com.partnerlifecycle.demo.FormValues.acceptMinutes;
import static com.partnerlifecycle.demo.FormValues.commentOnMinutes;
import static com.partnerlifecycle.demo.FormValues.recordMinutes;
import static com.partnerlifecycle.demo.FormValues.reportActionItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.StartupWork;
import com.partnerlifecycle.demo.FormValues.AgendaTopic;
import com.partnerlifecycle.demo.FormValues.IntendedComponent;
import com.partnerlifecycle.demo.FormValues.PlannedPilot;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.PartnerService.Registration;
import com.partnerlifecycle.pilot.PilotProcess;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.followup.ActionItemProcess;
import com.partnerlifecycle.demo.FormValues.EarlierActionItem;
import com.partnerlifecycle.demo.FormValues.NewActionItem;
import com.partnerlifecycle.summit.Summit;
import com.partnerlifecycle.summit.SummitProcess;
import com.partnerlifecycle.summit.SummitService;
import com.partnerlifecycle.termination.TerminationService;

/**
 * The first run's story: demo users and filters, and partners at every stage — each
 * reached by driving the real process as the demo users would, with the engine's clock
 * set back where the story needs history. Runs before the job executor starts; a partner
 * that already exists is left alone, so a restart adds nothing. Until it has run, the web
 * apps and the APIs answer "starting" ({@link StartupWork}): nobody logs in to half of
 * it.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoIdentity identity;

	private final PartnerService partners;

	private final TerminationService terminations;

	private final ProcessDriver driver;

	private final SummitService summits;

	private Instant now;

	private final com.partnerlifecycle.contact.PartnerContacts contacts;

	private final com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks;

	/**
	 * Pending from the start (so the "starting" page names it) until the story has been
	 * told.
	 */
	private final StartupWork.Piece startupWork;

	DemoData(DemoIdentity identity, PartnerService partners, TerminationService terminations, ProcessDriver driver,
			SummitService summits, com.partnerlifecycle.contact.PartnerContacts contacts,
			com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks, StartupWork startup) {
		this.startupWork = startup.begin("demo data is being prepared", "the demo partners are being prepared");
		this.contacts = contacts;
		this.taskLinks = taskLinks;
		this.summits = summits;
		this.identity = identity;
		this.partners = partners;
		this.terminations = terminations;
		this.driver = driver;
	}

	@Override
	public void run(ApplicationArguments args) {
		identity.create();
		now = Instant.now();
		try {
			story("tailspin-managed-services", this::partnerModeAfterTwoHealthyReviews);
			story("fabrikam-data-center", this::reviewDueWithinTwoWeeks);
			story("litware-hosting", this::dissolvedAtTheProvidersRequest);
			story("globex-bpo", this::rejectedAtTheGate);
			story("adventure-works-analytics", this::withdrawnDuringThePilots);
			story("contoso-it-consulting", this::waitingAtTheGate);
			story("northwind-cloud-services", this::inPilot);
			story("initech-outsourcing", this::justRegistered);
			if (summits.latest().isEmpty()) {
				summitUnderWay();
			}
			else { // a restart: the demo's links were only in memory; Fabrikam's contact
					// gets a fresh one
				driver.openTasks("fabrikam-data-center", SummitProcess.SUBMIT_PROPOSALS)
					.forEach(task -> taskLinks.offerAgain(task.getId(), "fabrikam-data-center"));
			}
		}
		finally {
			driver.resetClock();
			startupWork.done();
		}
	}

	private void story(String partnerId, Runnable story) {
		if (partners.find(partnerId).isPresent()) {
			return;
		}
		story.run();
		log.info("Demo partner {} is at stage {}", partnerId, partners.get(partnerId).getStage());
	}

	/**
	 * Active for 400 days; two healthy half-yearly reviews established trust: PARTNER
	 * mode. At the second, Tailspin rated transparency 2 where we rated it 4: a flagged
	 * perception gap, and each side brought a topic.
	 */
	private void partnerModeAfterTwoHealthyReviews() {
		String id = signedAgreement("Tailspin Managed Services", "Managed workplace services for 5,000 users", ago(430),
				"tom");
		Instant first = review(id, "tom", rateAsBuyer(4, 180_000, 0), rateAsProvider(4, 150_000, 0), "CONTINUE",
				(minutesTask, meeting) -> recordMinutes(
						"Both sides rate the partnership 4 of 5. The service desk's "
								+ "evening hours and a shared service report were discussed.",
						List.of(),
						new NewActionItem("Share our capacity forecast for the service desk", "user:sofia",
								date(meeting.plus(days(40)))),
						new NewActionItem("Plan a pilot of evening service desk hours",
								owner(minutesTask, "Alex Account"), date(meeting.plus(days(50)))),
						new NewActionItem("Draft a shared monthly service report", "user:tom",
								date(meeting.plus(days(60))))),
				acceptMinutes());
		// two items done on time; the service report is not
		at(first.plus(days(30)));
		reportOn(id, "Share our capacity forecast for the service desk", "sofia",
				"Forecast shared in the joint portal");
		at(first.plus(days(45)));
		reportOn(id, "Plan a pilot of evening service desk hours", "tom", "Pilot plan agreed with the shift leads");
		driver.executeDueJobs(id);
		review(id, "tom",
				withAgendaTopics(rateAsBuyer(5, 4, 5, 5, 220_000, 0),
						new AgendaTopic("IMPERATIVE", "Service desk reachable in the evening",
								"Our shift workers need the service desk until 22:00; today it closes at 18:00.")),
				withAgendaTopics(rateAsProvider(4, 2, 4, 4, 170_000, 0), new AgendaTopic("PROPOSAL",
						"A shared monthly service report",
						"We learn of changes to your plans late. One report both sides edit: incidents, costs, plans.")),
				"CONTINUE",
				(minutesTask, meeting) -> recordMinutes(
						"Transparency is the gap: we rate it 4, Tailspin 2. Both "
								+ "sides want the shared service report; the evening service desk goes ahead.",
						List.of(new EarlierActionItem(earlierItem(minutesTask, "Draft a shared monthly service report"),
								"CARRIED_OVER", date(now.plus(days(21))), "Waits for the new ticketing system")),
						new NewActionItem("Extend the service desk to 22:00", "user:tom", date(ago(20))),
						new NewActionItem("Name one contact for plan changes", "user:erik", date(now.plus(days(30))))),
				commentOnMinutes("Agreed. The evening desk needs two months of hiring.", null, null));
		atNow(id);
		partners.declareCapabilities(id, List.of("workplace services", "service desk", "cloud hosting"));
		contact(id, "Alex Account", "Account lead");
	}

	/**
	 * One of the partner's people without an account, added by sofia: alex@&lt;partner
	 * id&gt;.example, the address the demo's agreements and meetings name. The partner's
	 * tasks created from now on mail Alex a personal link.
	 */
	private void contact(String partnerId, String name, String role) {
		driver.asUser("sofia", () -> contacts.add(partnerId,
				new com.partnerlifecycle.contact.PartnerContacts.Input(name, "alex@" + partnerId + ".example", role)));
	}

	/** The value of the minutes form's owner choice whose label names the person. */
	private String owner(Task minutesTask, String name) {
		return choice(minutesTask, "ownerOptions", name);
	}

	private Long earlierItem(Task minutesTask, String title) {
		return Long.valueOf(choice(minutesTask, "earlierItemOptions", title));
	}

	@SuppressWarnings("unchecked")
	private String choice(Task task, String options, String labelContains) {
		Object json = driver.taskVariablesLocal(task).get(options);
		try {
			List<Map<String, Object>> list = new com.fasterxml.jackson.databind.ObjectMapper()
				.readValue(json.toString(), List.class);
			return list.stream()
				.filter(option -> option.get("label").toString().contains(labelContains))
				.map(option -> option.get("value").toString())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No choice " + labelContains + " in " + options));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The owner reports the action item done in its task. */
	private void reportOn(String id, String title, String userId, String note) {
		Task task = driver.openTasks(id, ActionItemProcess.REPORT)
			.stream()
			.filter(t -> title.equals(driver.variable(t, "actionItemTitle")))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No report task for " + title));
		driver.complete(task, userId, reportActionItem("DONE", note));
	}

	/**
	 * Active since 170 days: its first review is due within two weeks and waits to be
	 * scheduled.
	 */
	private void reviewDueWithinTwoWeeks() {
		String id = signedAgreement("Fabrikam Data Center", "Co-location and managed hosting for our two data centres",
				ago(200), "paula");
		atNow(id);
		partners.declareCapabilities(id, List.of("data center", "cloud hosting", "network"));
		contact(id, "Alex Account", "Account lead");
	}

	/**
	 * Active for a year, then the provider asked to end it: dissolved, exit done, record
	 * archived.
	 */
	private void dissolvedAtTheProvidersRequest() {
		String id = signedAgreement("Litware Hosting", "Hosting of the legacy intranet", ago(400), "lena");
		at(ago(60));
		driver.asUser("lena", () -> terminations.request(id, Side.PROVIDER, "Litware is leaving the hosting business"));
		driver.executeDueJobs(id);
		complete(id, DissolutionProcess.PLAN_EXIT, "sofia", planExit(date(ago(30))));
		at(ago(31));
		complete(id, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER, "lena", confirmHandOver("All data returned"));
		complete(id, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel", confirmHandOver("Intranet moved in-house"));
		at(ago(25));
		complete(id, DissolutionProcess.RECORD_LESSONS_LEARNED, "sofia", lessonsLearned());
	}

	/**
	 * One pilot that missed its criteria: the gate recommends rejection and a reviewer
	 * approves it.
	 */
	private void rejectedAtTheGate() {
		String id = register(ago(120), "Globex BPO", "Back-office processing for accounts payable");
		PlannedPilot pilot = new PlannedPilot("Invoice processing for one business unit", date(ago(80)),
				"95% of invoices booked within 2 days", "Error rate below 1%");
		complete(id, LifecycleProcess.PLAN_PILOTS, "samuel",
				planPilots("Faster invoice processing", "Entry into a new market", pilot));
		runPilot(id, ago(79), List.of("0", "0.5"), 2, 3, 2, "Process documentation");
		at(ago(70));
		complete(id, LifecycleProcess.ENTER_EVALUATION, "samuel",
				evaluation(2, 2, 3, new IntendedComponent("Globex delivery centre", "PARTY", 0.7)));
		complete(id, LifecycleProcess.DECIDE_GATE, "rita", approveGate());
	}

	/**
	 * We withdrew the candidacy while its pilots ran: the pilots were closed with the
	 * reason.
	 */
	private void withdrawnDuringThePilots() {
		String id = register(ago(50), "Adventure Works Analytics", "Data platform operations");
		complete(id, LifecycleProcess.PLAN_PILOTS, "sofia", planPilots("A managed data platform",
				"A foothold in our industry",
				new PlannedPilot("Nightly data loads", date(ago(-20)), "All loads finish by 6:00", "No data loss")));
		at(ago(10));
		driver.asUser("sofia", () -> terminations.request(id, Side.BUYER, "Budget for the data platform is frozen"));
	}

	/**
	 * Two pilots done; the evaluation carries a complexity warning; the gate task waits
	 * for a reviewer.
	 */
	private void waitingAtTheGate() {
		String id = register(ago(90), "Contoso IT Consulting",
				"Application development and maintenance for the sales systems");
		PlannedPilot crm = new PlannedPilot("CRM release 4.2", date(ago(30)), "Release delivered on the agreed date",
				"No severity-1 defect in the first month");
		PlannedPilot support = new PlannedPilot("Second-level support for the web shop", date(ago(20)),
				"90% of tickets solved within the SLA", "Customer satisfaction at least 4 of 5");
		complete(id, LifecycleProcess.PLAN_PILOTS, "sofia", planPilots("Faster releases of the sales systems",
				"Growth of its application services business", crm, support));
		at(ago(19));
		driver.executeDueJobs(id);
		for (Task task : driver.openTasks(id, PilotProcess.ASSESS_PILOT)) {
			List<String> criteria = driver.criteriaOf(task);
			driver.complete(task, "samuel",
					crm.title().equals(driver.pilotTitleOf(task))
							? pilotCompleted(criteria, List.of("1", "0.5"), 3, 3, 4, "Release 4.2 in production")
							: pilotCompleted(criteria, List.of("1", "0"), 3, 2, 3, "Support desk staffed",
									"Knowledge base of 120 articles"));
		}
		for (Task task : driver.openTasks(id, PilotProcess.APPROVE_PILOT_RESULTS)) {
			driver.complete(task, "rita", approvePilotResults());
		}
		at(ago(5));
		complete(id, LifecycleProcess.ENTER_EVALUATION, "nina",
				evaluation(4, 3, 3, new IntendedComponent("Contoso offshore team", "PARTY", 0.8),
						new IntendedComponent("Integration with our ticketing system", "INTEGRATION", 0.7),
						new IntendedComponent("Quarterly release train", "DELIVERABLE", 0.8)));
	}

	/**
	 * Two pilots planned: one ended three days ago and waits for its assessment, one runs
	 * another month.
	 */
	private void inPilot() {
		String id = register(ago(40), "Northwind Cloud Services", "Public cloud landing zone and operations");
		complete(id, LifecycleProcess.PLAN_PILOTS, "sofia",
				planPilots("A secure landing zone in weeks instead of months", "A showcase for regulated industries",
						new PlannedPilot("Landing zone for the analytics team", date(ago(3)),
								"Landing zone passes the security review", "Analytics team deploys on its own"),
						new PlannedPilot("Backup as a service", date(ago(-30)),
								"Daily backups of all production databases", "Restore tested within 4 hours")));
		at(ago(2));
		driver.executeDueJobs(id);
	}

	private void justRegistered() {
		register(ago(1), "Initech Outsourcing", "Desktop support for 3,000 workplaces");
	}

	/**
	 * Registered at the given time, one convincing pilot, through the gate, agreement
	 * signed; the agreement starts 30 days after registration and runs three years with
	 * half-yearly reviews.
	 */
	private String signedAgreement(String name, String description, Instant registeredAt, String representative) {
		String id = register(registeredAt, name, description);
		identity.representative(representative, id);
		PlannedPilot pilot = new PlannedPilot("Take over one service for a month", date(registeredAt.plus(days(12))),
				"Service levels met every week", "No outage longer than 2 hours", "Cost at most 10% above today's");
		complete(id, LifecycleProcess.PLAN_PILOTS, "sofia",
				planPilots("Lower run costs and 24/7 operations", "A reference customer in our industry", pilot));
		runPilot(id, registeredAt.plus(days(13)), List.of("1", "1", "0.5"), 4, 4, 5, "Service taken over",
				"Runbook for the hand-over");
		at(registeredAt.plus(days(20)));
		complete(id, LifecycleProcess.ENTER_EVALUATION, "sofia",
				evaluation(4, 5, 4, new IntendedComponent(name + " operations team", "PARTY", 0.95),
						new IntendedComponent("Monitoring integration", "INTEGRATION", 0.9)));
		complete(id, LifecycleProcess.DECIDE_GATE, "raj", approveGate());
		at(registeredAt.plus(days(25)));
		LocalDate start = date(registeredAt.plus(days(30)));
		complete(id, LifecycleProcess.DRAFT_AGREEMENT, "sofia",
				draftAgreement(start, start.plusYears(3), "erik", "Alex Account", "alex@" + id + ".example"));
		at(registeredAt.plus(days(27)));
		complete(id, LifecycleProcess.SIGN_AGREEMENT, "erik", signAgreement());
		return id;
	}

	/**
	 * Waits for the next review to start, schedules it a week ahead, both sides rate
	 * before the meeting (form values of rateAsBuyer and rateAsProvider, with their
	 * agenda topics), the agenda goes out, the executives decide.
	 */
	/**
	 * What the sourcing manager writes in the minutes, given the task and the meeting's
	 * start.
	 */
	private interface Minutes {

		Map<String, Object> of(Task minutesTask, Instant meeting);

	}

	/**
	 * One whole review: scheduled, rated, the agenda, the minutes and the partner's
	 * answer, decided. Returns the meeting.
	 */
	private Instant review(String id, String representative, Map<String, Object> ourRating,
			Map<String, Object> theirRating, String decision, Minutes minutes, Map<String, Object> acknowledgement) {
		Instant start = driver.nextJobDue(id, LifecycleProcess.NEXT_REVIEW_DUE);
		at(start.plus(Duration.ofHours(9)));
		driver.executeDueJobs(id);
		Instant meeting = start.plus(days(7)).plus(Duration.ofHours(14));
		complete(id, ReviewProcess.SCHEDULE_MEETING, "sofia", scheduleReviewMeeting(
				meeting.atOffset(ZoneOffset.UTC).toString(), "erik", "Alex Account", "alex@" + id + ".example"));
		driver.executeDueJobs(id);
		at(start.plus(days(5)));
		driver.executeDueJobs(id); // the reminder to prepare
		complete(id, ReviewProcess.RATE_PROVIDER, representative, theirRating);
		complete(id, ReviewProcess.RATE_BUYER, "erik", ourRating);
		driver.executeDueJobs(id); // the agenda
		at(start.plus(days(8)));
		Task minutesTask = driver.openTask(id, ReviewProcess.RECORD_MINUTES);
		driver.complete(minutesTask, "sofia", minutes.of(minutesTask, meeting));
		driver.executeDueJobs(id); // each action item's follow-up starts
		complete(id, ReviewProcess.ACKNOWLEDGE_MINUTES, representative, acknowledgement);
		at(start.plus(days(9)));
		complete(id, ReviewProcess.DECIDE_OUTCOME, "eva", decideReview(decision, null));
		return meeting;
	}

	/**
	 * This year's summit, opened by an executive: Tailspin has proposed, Fabrikam's task
	 * "Submit roadmap proposals" waits for Paula, and the executives may start the
	 * review. Tailspin and Fabrikam both offer cloud hosting: the portfolio shows them as
	 * consolidation candidates.
	 */
	private void summitUnderWay() {
		at(now);
		Summit[] summit = new Summit[1];
		LocalDate today = date(now);
		driver.asUser("erik",
				() -> summit[0] = summits.openByHand("Annual partner summit " + today.plusDays(40).getYear(),
						today.plusDays(40), today.plusDays(20), null));
		String key = "summit-" + summit[0].getId();
		driver.executeDueJobs(key); // the invitations
		// each partner proposes in its own instance, whose business key is the partner id
		Task tailspin = driver.openTask("tailspin-managed-services", SummitProcess.SUBMIT_PROPOSALS);
		driver.complete(tailspin, "tom",
				FormValues.map("noProposal", false, "proposals",
						List.of(FormValues.map("title", "Self-service password reset for all staff", "valueToBuyer",
								"About 1,200 fewer service desk calls a month", "effortDays", 35),
								FormValues.map("title", "Move the meeting-room booking to the cloud", "valueToBuyer",
										"Retire two on-premises servers", "effortDays", 20))));
		log.info("Demo summit '{}' is collecting proposals", summit[0].getTitle());
	}

	/**
	 * Back to the present: fire whatever became due on the way (e.g. a review that starts
	 * today).
	 */
	private void atNow(String id) {
		at(now);
		driver.executeDueJobs(id);
	}

	private String register(Instant at, String name, String description) {
		at(at);
		String[] id = new String[1];
		driver.asUser("sofia", () -> id[0] = partners.register(new Registration(name, description, null, 2)).getId());
		at(at.plus(days(2)));
		return id[0];
	}

	private void complete(String partnerId, String taskKey, String user, Map<String, Object> values) {
		driver.complete(partnerId, taskKey, user, values);
	}

	/**
	 * Lets the pilot's end-date timer fire, then samuel assesses it and rita approves it.
	 */
	private void runPilot(String partnerId, Instant after, List<String> ratings, int quality, int cost, int timeliness,
			String... outcomes) {
		at(after);
		driver.executeDueJobs(partnerId);
		Task assess = driver.openTask(partnerId, PilotProcess.ASSESS_PILOT);
		driver.complete(assess, "samuel",
				pilotCompleted(driver.criteriaOf(assess), ratings, quality, cost, timeliness, outcomes));
		complete(partnerId, PilotProcess.APPROVE_PILOT_RESULTS, "rita", approvePilotResults());
	}

	private void at(Instant instant) {
		driver.clockAt(instant);
	}

	private Instant ago(int days) {
		return now.minus(days(days));
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	private static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

}
