package com.partnerlifecycle.partneraccess;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.contact.PartnerContact;
import com.partnerlifecycle.contact.PartnerContacts;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.review.ReviewProcess;

/**
 * A partner's links through the product API: {@code GET /api/partners/{id}/link-events}
 * shows the buyer's people what happened to each link (never a token nor its hash), and
 * is refused to the partner's representatives; {@code POST
 * /api/partners/{id}/link-revocations} lets sourcing managers only stop every live link,
 * once. Removing a contact revokes its links, and a link job whose task ended before it
 * ran issues nothing.
 */
@LifecycleTest
class PartnerAccessApiTest {

	static final String PAT = "pat@provider.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerContacts contacts;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcTemplate jdbc;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	// calling the API

	record Answer(int status, String body, JsonNode json) {
	}

	Answer call(String user, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.header(AUTHORIZATION, basic(user))).andReturn();
		String body = result.getResponse().getContentAsString();
		return new Answer(result.getResponse().getStatus(), body, body.isBlank() ? null : json.readTree(body));
	}

	Answer events(String partnerId, String user) throws Exception {
		return call(user, get("/api/partners/{id}/link-events", partnerId));
	}

	Answer revokeAll(String partnerId, String user) throws Exception {
		return call(user, post("/api/partners/{id}/link-revocations", partnerId));
	}

	List<String> kinds(Answer answer) {
		List<String> kinds = new ArrayList<>();
		answer.json().forEach(e -> kinds.add(e.path("kind").asText()));
		return kinds;
	}

	// setting up

	/**
	 * An active partnership whose contact Pat (the meeting's partner participant) got its
	 * link to rate.
	 */
	record Rated(String partnerId, PartnerContact pat, Task rating) {
	}

	Rated ratingLinkIssued() {
		String partnerId = lifecycles.active();
		PartnerContact pat = addPat(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		Task rating = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);
		assertThat(links(partnerId)).as("the rating task's link").hasSize(1);
		return new Rated(partnerId, pat, rating);
	}

	PartnerContact addPat(String partnerId) {
		PartnerContact[] added = new PartnerContact[1];
		driver.asUser("sofia", () -> added[0] = contacts.add(partnerId,
				new PartnerContacts.Input("Pat Partner", PAT, "Account lead")));
		return added[0];
	}

	List<Map<String, Object>> links(String partnerId) {
		return jdbc
			.queryForList("select id, contact_id, task_id, token_hash, revoked_at, revoked_reason from partner_link"
					+ " where partner_id = ? order by id", partnerId);
	}

	/** The partner's jobs at this activity, run once each. */
	void runOnly(String partnerId, String activityId) {
		List<Job> jobs = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.list()
			.stream()
			.flatMap(i -> managementService.createJobQuery()
				.processInstanceId(i.getId())
				.activityId(activityId)
				.list()
				.stream())
			.toList();
		assertThat(jobs).as("jobs at " + activityId).isNotEmpty();
		jobs.forEach(j -> managementService.executeJob(j.getId()));
	}

	List<Job> linkJobs(String partnerId) {
		return jobsOf(partnerId).stream()
			.filter(j -> j instanceof JobEntity e && TaskLinkMails.JOB_TYPE.equals(e.getJobHandlerType()))
			.toList();
	}

	List<Job> jobsOf(String partnerId) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.list()
			.stream()
			.flatMap(i -> managementService.createJobQuery().processInstanceId(i.getId()).list().stream())
			.toList();
	}

	// the cases

	@Test
	void shouldShowTheIssuedLinkToTheBuyersPeopleOnlyAndNeverItsTokenOrHash() throws Exception {
		Rated rated = ratingLinkIssued();
		Map<String, Object> link = links(rated.partnerId()).get(0);
		String hash = (String) link.get("token_hash");
		assertThat(hash).isNotBlank();

		for (String user : List.of("sofia", "erik", "rita")) {
			Answer answer = events(rated.partnerId(), user);
			assertThat(answer.status()).as("%s: %s", user, answer.body()).isEqualTo(200);
			assertThat(answer.json().size()).as("%s: %s", user, answer.body()).isEqualTo(1);
			JsonNode event = answer.json().get(0);
			assertThat(event.path("kind").asText()).as(user).isEqualTo("ISSUED");
			assertThat(event.path("linkId").asLong()).as(user).isEqualTo(((Number) link.get("id")).longValue());
			assertThat(event.path("contactId").asText()).as(user).isEqualTo(rated.pat().getId());
			assertThat(event.path("taskId").asText()).as(user).isEqualTo(rated.rating().getId());
			List<String> fields = new ArrayList<>();
			event.fieldNames().forEachRemaining(fields::add);
			assertThat(fields).as(user)
				.containsExactlyInAnyOrder("at", "kind", "linkId", "contactId", "taskId", "detail");
			assertThat(answer.body()).as(user)
				.doesNotContain(hash)
				.doesNotContainPattern("[0-9a-fA-F]{64}")
				.doesNotContainPattern("[A-Za-z0-9_-]{43}");
		}

		String representative = lifecycles.representative(rated.partnerId());
		String stranger = lifecycles.representative(lifecycles.register());
		for (String user : List.of(representative, stranger)) {
			Answer refused = events(rated.partnerId(), user);
			assertThat(refused.status()).as("%s: %s", user, refused.body()).isEqualTo(403);
			assertThat(refused.body()).as(user).doesNotContain(rated.rating().getId(), hash);
		}
		assertThat(events("no-such-partner", "sofia").status()).isEqualTo(404);

		MockMvc anonymous = MockMvcBuilders.webAppContextSetup(webContext)
			.addFilters(context.getBean("apiAuthenticationFilter", Filter.class))
			.build();
		MvcResult unauthenticated = anonymous.perform(get("/api/partners/{id}/link-events", rated.partnerId()))
			.andReturn();
		assertThat(unauthenticated.getResponse().getStatus()).isEqualTo(401);
		assertThat(unauthenticated.getResponse().getContentAsString()).doesNotContain(rated.rating().getId());
		assertThat(anonymous.perform(post("/api/partners/{id}/link-revocations", rated.partnerId()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(links(rated.partnerId()).get(0).get("revoked_at")).isNull();
	}

	@Test
	void shouldLetOnlySourcingManagersRevokeEveryLiveLinkOnce() throws Exception {
		Rated rated = ratingLinkIssued();
		String partnerId = rated.partnerId();

		for (String user : List.of("erik", "eva", "rita", lifecycles.representative(partnerId))) {
			Answer refused = revokeAll(partnerId, user);
			assertThat(refused.status()).as("%s: %s", user, refused.body()).isEqualTo(403);
			assertThat(links(partnerId).get(0).get("revoked_at")).as("still live after %s", user).isNull();
		}
		assertThat(kinds(events(partnerId, "sofia"))).containsExactly("ISSUED");

		Answer revoked = revokeAll(partnerId, "sofia");
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
		assertThat(revoked.json()).isEqualTo(json.readTree("{\"revoked\":1}"));
		Map<String, Object> link = links(partnerId).get(0);
		assertThat(link.get("revoked_at")).isNotNull();
		assertThat(link.get("revoked_reason")).isEqualTo("operator revoked");
		Answer listed = events(partnerId, "sofia");
		assertThat(kinds(listed)).containsExactly("ISSUED", "REVOKED");
		JsonNode revocation = listed.json().get(1);
		assertThat(revocation.path("linkId").asLong()).isEqualTo(((Number) link.get("id")).longValue());
		assertThat(revocation.path("detail").asText()).isEqualTo("operator revoked");

		Answer again = revokeAll(partnerId, "sofia");
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(json.readTree("{\"revoked\":0}"));
		assertThat(kinds(events(partnerId, "sofia"))).containsExactly("ISSUED", "REVOKED");

		assertThat(revokeAll("no-such-partner", "sofia").status()).isEqualTo(404);
	}

	@Test
	void shouldRevokeTheLiveLinksOfARemovedContact() throws Exception {
		Rated rated = ratingLinkIssued();
		String partnerId = rated.partnerId();

		Answer removed = call("sofia",
				delete("/api/partners/{id}/contacts/{contactId}", partnerId, rated.pat().getId()));
		assertThat(removed.status()).as(removed.body()).isEqualTo(204);

		Map<String, Object> link = links(partnerId).get(0);
		assertThat(link.get("revoked_at")).isNotNull();
		assertThat(link.get("revoked_reason")).isEqualTo("contact removed");
		Answer listed = events(partnerId, "sofia");
		assertThat(kinds(listed)).containsExactly("ISSUED", "REVOKED");
		assertThat(listed.json().get(1).path("detail").asText()).isEqualTo("contact removed");
		assertThat(revokeAll(partnerId, "sofia").json()).as("nothing left to revoke")
			.isEqualTo(json.readTree("{\"revoked\":0}"));
	}

	@Test
	void shouldIssueNoLinkWhenTheTaskEndedBeforeTheJobRan() throws Exception {
		String partnerId = lifecycles.active();
		addPat(partnerId);
		lifecycles.untilNextReviewStarts(partnerId);
		driver.complete(partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia", FormValues.scheduleReviewMeeting(
				lifecycles.now().plus(java.time.Duration.ofDays(7)).atOffset(java.time.ZoneOffset.UTC).toString(),
				"erik", "Pat", PAT));
		runOnly(partnerId, ReviewProcess.SEND_INVITATIONS); // the rating opens; its link
															// job is not run
		Task rating = driver.openTask(partnerId, ReviewProcess.RATE_PROVIDER);
		assertThat(linkJobs(partnerId)).as("the rating task's link job waits").hasSize(1);
		assertThat(links(partnerId)).isEmpty();

		driver.complete(rating, lifecycles.representative(partnerId), FormValues.rateAsProvider(4, 90_000, 0));
		assertThat(linkJobs(partnerId)).as("the job outlives its task: it runs and must find it ended").hasSize(1);
		driver.executeDueJobs(partnerId);
		assertThat(linkJobs(partnerId)).as("it ran, with no incident").isEmpty();

		assertThat(links(partnerId)).as("no link to an ended task").isEmpty();
		assertThat(kinds(events(partnerId, "sofia"))).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from reminder where partner_id = ? and kind = 'TASK_LINK'",
				Integer.class, partnerId))
			.as("no mail")
			.isZero();
	}

}
