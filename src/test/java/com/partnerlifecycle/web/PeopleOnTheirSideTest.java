package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * Every list of people in a form is checked against the side it is for, at the engine
 * door a sourcing manager reaches: a representative among "our participants" of a review,
 * or a partner-side user among the buyer's sponsors, is refused with the field and the
 * person named, and nothing is stored.
 */
@WebAppTest
class PeopleOnTheirSideTest extends DoorTest {

	@Autowired
	ReviewService reviews;

	@Autowired
	AgreementService agreements;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Test
	void shouldRefuseARepresentativeAmongOurParticipantsOfAReview() {
		// given a review to schedule, and a representative of the partner
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		String representative = lifecycles.representative(partnerId);
		Task task = driver.openTask(partnerId, ReviewProcess.SCHEDULE_MEETING);
		EngineDoors.Caller sofia = doors.as("sofia", Door.ENGINE_REST);
		assertThat(sofia.post("/task/" + task.getId() + "/claim", "{\"userId\":\"sofia\"}").statusCode())
			.isEqualTo(204);

		// when sofia submits the form with the representative among our participants
		Map<String, Object> plan = new LinkedHashMap<>(FormValues.scheduleReviewMeeting(
				lifecycles.now().plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).toString(), "erik", "Pat",
				"pat@provider.example"));
		plan.put("buyerParticipants", List.of("erik", representative));
		HttpResponse<String> refused = sofia.post("/task/" + task.getId() + "/submit-form",
				EngineDoors.variables(plan));

		// then it is refused naming the field and the person, and nothing is stored
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("buyerParticipants[2]", representative);
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		assertThat(review.getMeetingAt()).isNull();
		assertThat(reviews.participantsOf(review.getId())).isEmpty();
		assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

		// and a user in no buyer group (a partner contact's own user) is refused too
		String outsider = "outsider-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		identityService.saveUser(identityService.newUser(outsider));
		plan.put("buyerParticipants", List.of(outsider));
		HttpResponse<String> stranger = sofia.post("/task/" + task.getId() + "/submit-form",
				EngineDoors.variables(plan));
		assertThat(stranger.statusCode()).isEqualTo(400);
		assertThat(stranger.body()).contains("buyerParticipants[1]", outsider, "not one of our people");
		assertThat(reviews.participantsOf(review.getId())).isEmpty();
	}

	@Test
	void shouldRefuseAPartnerSideUserAmongTheBuyersSponsors() {
		// given an agreement to draft, and an executive who is also a representative of
		// the partner
		String partnerId = lifecycles.atTheGateRecommendingProceed();
		driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
		String doubleAgent = lifecycles.representative(partnerId);
		identityService.createMembership(doubleAgent, Groups.EXECUTIVES);
		Task task = driver.openTask(partnerId, LifecycleProcess.DRAFT_AGREEMENT);
		EngineDoors.Caller sofia = doors.as("sofia", Door.ENGINE_REST);
		sofia.post("/task/" + task.getId() + "/claim", "{\"userId\":\"sofia\"}");

		// when sofia names that person, or a sourcing manager, as our sponsor
		HttpResponse<String> partnerSide = sofia.post("/task/" + task.getId() + "/submit-form",
				EngineDoors.variables(FormValues.draftAgreement(lifecycles.inDays(0), lifecycles.inDays(0).plusYears(2),
						doubleAgent, "Pat Provider", "pat@provider.example")));
		HttpResponse<String> notAnExecutive = sofia.post("/task/" + task.getId() + "/submit-form",
				EngineDoors.variables(FormValues.draftAgreement(lifecycles.inDays(0), lifecycles.inDays(0).plusYears(2),
						"sofia", "Pat Provider", "pat@provider.example")));

		// then both are refused with the field and the person, and no agreement is
		// drafted
		assertThat(partnerSide.statusCode()).isEqualTo(400);
		assertThat(partnerSide.body()).contains("buyerSponsors[1]", doubleAgent, "partner's side");
		assertThat(notAnExecutive.statusCode()).isEqualTo(400);
		assertThat(notAnExecutive.body()).contains("buyerSponsors[1]", "'sofia' is not one of the executives");
		assertThat(agreements.find(partnerId)).isEmpty();
	}

}
