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

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.demo.DemoIdentity;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.FormValues.IntendedComponent;
import com.partnerlifecycle.demo.FormValues.PlannedPilot;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.partner.PartnerService.Registration;
import com.partnerlifecycle.pilot.PilotProcess;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewDates;
import com.partnerlifecycle.review.ReviewService;

/**
 * Walks a test partner through the lifecycle as the demo users (sofia, samuel, rita, raj,
 * erik) would.
 */
public class Lifecycles {

	public static final IntendedComponent SAFE_COMPONENT = new IntendedComponent("Provider team", "PARTY", 0.9);

	private final PartnerService partners;

	private final ProcessDriver driver;

	private final ReviewService reviews;

	private final ReviewDates reviewDates;

	private final IdentityService identityService;

	private final RuntimeService runtimeService;

	private Instant clock = Instant.now();

	public Lifecycles(ApplicationContext context) {
		this(context, context.getBean(ProcessDriver.class));
	}

	/** With this driver completing the tasks (the benchmark's as Tasklist does). */
	public Lifecycles(ApplicationContext context, ProcessDriver driver) {
		this.partners = context.getBean(PartnerService.class);
		this.driver = driver;
		this.reviews = context.getBean(ReviewService.class);
		this.reviewDates = context.getBean(ReviewDates.class);
		this.identityService = context.getBean(IdentityService.class);
		this.runtimeService = context.getBean(RuntimeService.class);
		context.getBean(DemoIdentity.class).create();
		driver.clockAt(clock);
	}

	public Instant now() {
		return clock;
	}

	/**
	 * Sets the engine's clock back to the real time, for the next partner (the benchmark
	 * runs many in a row).
	 */
	public void restartClock() {
		clock = Instant.now();
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

	/**
	 * Moves the engine's clock forward and fires whatever became due for this partner.
	 */
	public void daysPass(String partnerId, int days) {
		clock = clock.plus(Duration.ofDays(days));
		driver.clockAt(clock);
		driver.executeDueJobs(partnerId);
	}

	/**
	 * Assesses every open pilot assessment with the same ratings per criterion, then
	 * approves each.
	 */
	public void assessAndApproveAll(String partnerId, String rating, int score) {
		for (Task task : driver.openTasks(partnerId, PilotProcess.ASSESS_PILOT)) {
			List<String> criteria = driver.criteriaOf(task);
			driver.complete(task, "samuel", pilotCompleted(criteria, criteria.stream().map(c -> rating).toList(), score,
					score, score, "Something concrete"));
		}
		for (Task task : driver.openTasks(partnerId, PilotProcess.APPROVE_PILOT_RESULTS)) {
			driver.complete(task, "rita", approvePilotResults());
		}
	}

	/**
	 * Registers, plans one pilot with two criteria, lets it end, assesses it with the
	 * given rating and scores.
	 */
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

	/**
	 * Through the gate to a signed agreement that starts today, runs two years,
	 * half-yearly reviews.
	 */
	public String active() {
		String id = atTheGateRecommendingProceed();
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
		driver.complete(id, LifecycleProcess.DRAFT_AGREEMENT, "sofia", FormValues.draftAgreement(inDays(0),
				inDays(0).plusYears(2), "erik", "Pat Provider", "pat@provider.example"));
		driver.complete(id, LifecycleProcess.SIGN_AGREEMENT, "erik", FormValues.signAgreement());
		return id;
	}

	/**
	 * A person in two roles, sourcing manager and reviewer: exactly who the four-eyes
	 * rule is for.
	 */
	public String sourcingManagerAndReviewer() {
		String userId = "dana";
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName("Dana");
			user.setLastName("Double");
			user.setEmail("dana@buyer.example");
			user.setPassword("demo");
			identityService.saveUser(user);
			identityService.createMembership(userId, Groups.SOURCING_MANAGERS);
			identityService.createMembership(userId, Groups.PARTNERSHIP_REVIEWERS);
		}
		return userId;
	}

	/**
	 * A representative of the partner, member of its group partner-<id> and of
	 * partner-representatives (Tasklist).
	 */
	public String representative(String partnerId) {
		String userId = "rep-" + partnerId;
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName("Pat");
			user.setLastName("Provider");
			user.setEmail("pat@provider.example");
			user.setPassword("demo");
			identityService.saveUser(user);
			identityService.createMembership(userId, partners.groupOf(partnerId));
			identityService.createMembership(userId, Groups.PARTNER_REPRESENTATIVES);
		}
		return userId;
	}

	/**
	 * Moves the clock forward to this instant and fires whatever became due for this
	 * partner.
	 */
	public void clockTo(String partnerId, Instant instant) {
		clock = instant;
		driver.clockAt(clock);
		driver.executeDueJobs(partnerId);
	}

	/**
	 * Moves the clock to the day the next review starts (its due date minus the
	 * scheduling lead).
	 */
	public void untilNextReviewStarts(String partnerId) {
		Instant start = reviewDates.nextReviewStart(partnerId).toInstant().plus(Duration.ofMinutes(1));
		if (start.isAfter(clock)) {
			clock = start;
			driver.clockAt(clock);
		}
		driver.executeDueJobs(partnerId);
	}

	/**
	 * One whole review: scheduled, rated by both sides with these ratings and values,
	 * then decided.
	 */
	public void review(String partnerId, int buyerRating, int providerRating, long buyerValue, long providerValue,
			String decision) {
		untilNextReviewStarts(partnerId);
		scheduleAndRate(partnerId, buyerRating, providerRating, buyerValue, providerValue);
		driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva",
				FormValues.decideReview(decision, "CONTINUE".equals(decision) ? null : "Decided at the review"));
		driver.executeDueJobs(partnerId);
	}

	/**
	 * The sourcing manager sets the meeting a week ahead; the invitations go out (the
	 * send step's job runs).
	 */
	public void scheduleMeeting(String partnerId) {
		driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia",
				FormValues.scheduleReviewMeeting(clock.plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).toString(),
						"erik", "Pat", "pat@provider.example"));
		driver.executeDueJobs(partnerId);
	}

	public void scheduleAndRate(String partnerId, int buyerRating, int providerRating, long buyerValue,
			long providerValue) {
		untilTheMinutes(partnerId, buyerRating, providerRating, buyerValue, providerValue);
		recordMinutesAndAccept(partnerId);
	}

	/**
	 * The partner's next review up to "Record the minutes" (both sides rate 4); that
	 * review.
	 */
	public com.partnerlifecycle.review.Review nextReviewAtTheMinutes(String partnerId) {
		untilNextReviewStarts(partnerId);
		untilTheMinutes(partnerId, 4, 4, 100_000, 90_000);
		List<com.partnerlifecycle.review.Review> history = reviews.history(partnerId);
		return history.get(history.size() - 1);
	}

	/** Scheduled, rated by both sides, the agenda sent: "Record the minutes" waits. */
	public void untilTheMinutes(String partnerId, int buyerRating, int providerRating, long buyerValue,
			long providerValue) {
		scheduleMeeting(partnerId);
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, representative(partnerId),
				FormValues.rateAsProvider(providerRating, providerValue, 0));
		driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik",
				FormValues.rateAsBuyer(buyerRating, buyerValue, 0));
		driver.executeDueJobs(partnerId); // the agenda goes out
	}

	/**
	 * After the meeting: minutes with no action items, accepted by the partner; the
	 * decision waits.
	 */
	public void recordMinutesAndAccept(String partnerId) {
		driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
				FormValues.recordMinutes("We went through both sides' ratings.", java.util.List.of()));
		driver.complete(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, representative(partnerId),
				FormValues.acceptMinutes());
	}

	/**
	 * The stored stage and the lifecycle's "stage" variable say where the lifecycle
	 * instance waits.
	 */
	public void assertStageMatchesEngine(String partnerId) {
		ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleProcess.KEY)
			.processInstanceBusinessKey(partnerId)
			.singleResult();
		List<String> waitingAt = runtimeService.getActiveActivityIds(lifecycle.getId());
		Stage expected = StageAt.activity(waitingAt.get(0));
		Assertions.assertThat(partners.get(partnerId).getStage()).as("stage at %s", waitingAt).isEqualTo(expected);
		Assertions.assertThat(runtimeService.getVariable(lifecycle.getId(), LifecycleProcess.STAGE))
			.isEqualTo(expected.name());
	}

	public Map<String, Object> taskVariables(String partnerId, String taskKey) {
		return driver.taskVariablesLocal(driver.openTask(partnerId, taskKey));
	}

}
