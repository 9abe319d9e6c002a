package com.partnerlifecycle.summit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;

/**
 * {@code /api/summits}: opening a summit by hand and reading it, with bad input; no test
 * leaves a summit under way.
 */
@LifecycleTest
class SummitApiTest {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	SummitService summits;

	@Autowired
	TaskService taskService;

	@Autowired
	ProcessDriver driver;

	@Autowired
	org.springframework.context.ApplicationContext context;

	ResultActions open(String body, String user) throws Exception {
		return mvc.perform(post("/api/summits").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header(TestUsers.AUTHORIZATION, TestUsers.basic(user)));
	}

	static String body(LocalDate heldOn, LocalDate proposalsDue) {
		return "{\"title\":\"Partner summit, \\\"spring\\\" edition\",\"heldOn\":\"" + heldOn + "\",\"proposalsDue\":\""
				+ proposalsDue + "\",\"location\":\"Zürich, Hall 2\"}";
	}

	/**
	 * Whatever a test opened is closed by the executives (without proposals), so the next
	 * may open one.
	 */
	@AfterEach
	void closeOpenSummits() {
		for (Summit summit : summits.recent(50)) {
			if (summit.getStatus() == SummitStatus.COLLECTING) {
				driver.executeDueJobs("summit-" + summit.getId()); // the invitations
				driver.complete(taskService.createTaskQuery()
					.processInstanceId(summit.getProcessInstanceId())
					.taskDefinitionKey(SummitProcess.START_PROPOSAL_REVIEW)
					.singleResult(), "erik", FormValues.map("closeRound", true));
			}
			assertThat(summits.get(summit.getId()).getStatus()).isEqualTo(SummitStatus.CLOSED);
		}
		driver.resetClock();
	}

	@Test
	void shouldOpenASummitByHandAndReadIt() throws Exception {
		new com.partnerlifecycle.Lifecycles(context).active(); // someone to invite: the
																// summit stays under way
		String location = open(body(TODAY.plusDays(30), TODAY.plusDays(20)), "erik").andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Partner summit, \"spring\" edition"))
			.andExpect(jsonPath("$.location").value("Zürich, Hall 2"))
			.andExpect(jsonPath("$.proposalsDue").value(TODAY.plusDays(20).toString()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		assertThat(summits.get(id).getOpenedBy()).isEqualTo("erik");

		mvc.perform(get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.summitId").value(id));
		mvc.perform(get("/api/summits"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].summitId", org.hamcrest.Matchers.hasItem(id.intValue())));
		open(body(TODAY.plusDays(31), TODAY.plusDays(21)), "sofia").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("summit"));
	}

	@Test
	void shouldLetOnlyExecutivesAndSourcingManagersOpenAndOnlyTheBuyerSideRead() throws Exception {
		open(body(TODAY.plusDays(30), TODAY.plusDays(20)), "rita").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Opening a partner summit is for executives or sourcing-managers"));
		open(body(TODAY.plusDays(30), TODAY.plusDays(20)), "paula").andExpect(status().isForbidden());
		mvc.perform(get("/api/summits").header(TestUsers.AUTHORIZATION, TestUsers.basic("paula")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/summits").contentType(MediaType.APPLICATION_JSON)
			.content(body(TODAY.plusDays(30), TODAY.plusDays(20)))
			.header(TestUsers.AUTHORIZATION, TestUsers.basic("nobody", "wrong"))).andExpect(status().isUnauthorized());
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(
				Arguments.of("{\"proposalsDue\":\"" + TODAY.plusDays(5) + "\"}", "heldOn",
						"is required, e.g. 2027-03-15"),
				Arguments.of("{\"heldOn\":\"" + TODAY.plusDays(10) + "\"}", "proposalsDue",
						"is required, e.g. 2027-03-01"),
				Arguments.of("{\"heldOn\":\"next monday\",\"proposalsDue\":\"" + TODAY + "\"}", "heldOn",
						"must be a date like 2026-12-31, was 'next monday'"),
				Arguments.of(body(TODAY, TODAY), "heldOn", "must be after today (" + TODAY + "), was " + TODAY),
				Arguments.of(body(TODAY.plusDays(10), TODAY.plusDays(10)), "proposalsDue",
						"must be before the summit (" + TODAY.plusDays(10) + "), was " + TODAY.plusDays(10)),
				Arguments.of(body(TODAY.plusDays(10), TODAY.minusDays(1)), "proposalsDue",
						"must be today or later (" + TODAY + "), was " + TODAY.minusDays(1)),
				Arguments.of(
						"{\"title\":\"" + "t".repeat(201) + "\",\"heldOn\":\"" + TODAY.plusDays(10)
								+ "\",\"proposalsDue\":\"" + TODAY.plusDays(5) + "\"}",
						"title", "must be at most 200 characters"),
				Arguments.of("{\"heldOn\":\"" + TODAY.plusDays(10) + "\",\"proposalsDue\":\"" + TODAY.plusDays(5)
						+ "\",\"agenda\":\"x\"}", "agenda", "is not a known field"));
	}

	@ParameterizedTest
	@MethodSource("badRequests")
	void shouldRefuseBadInputNamingTheFieldAndKeepNothing(String body, String field, String reason) throws Exception {
		long before = summits.recent(50).size();
		open(body, "erik").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(reason));
		assertThat(summits.recent(50)).as("no summit half-opened").hasSize((int) before);
	}

	@Test
	void shouldAnswer404ForAnUnknownSummitAnd400ForABadIdOrCount() throws Exception {
		mvc.perform(get("/api/summits/987654")).andExpect(status().isNotFound());
		mvc.perform(get("/api/summits/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		mvc.perform(get("/api/summits?count=0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("count"));
		mvc.perform(get("/api/summits").header(TestUsers.AUTHORIZATION, TestUsers.basic("sofia")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_JSON_VALUE));
	}

}
