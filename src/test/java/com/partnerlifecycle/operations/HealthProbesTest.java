package com.partnerlifecycle.operations;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Status;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.common.Groups;

/**
 * Health for a container platform: anyone gets UP or DOWN, the operator (camunda-admin)
 * every component; the liveness and readiness groups answer on their own URLs, readiness
 * with the product's own indicators.
 */
@LifecycleTest
class HealthProbesTest {

	static final String ADMIN = basic("admin", "test-admin-password");

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	@Qualifier("actuatorAccessFilter")
	Filter access;

	@Autowired
	ProcessesHealthIndicator processes;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identityService;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(webContext).addFilters(access).build();
	}

	@Test
	void shouldAnswerOnlyTheStatusWithoutCredentials() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", true));
	}

	@Test
	void shouldShowTheOperatorEveryComponent() throws Exception {
		mvc.perform(get("/actuator/health").header(AUTHORIZATION, ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.startup.status").value("UP"))
			.andExpect(jsonPath("$.components.processes.status").value("UP"))
			.andExpect(jsonPath("$.components.processes.details.processes").value(7))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.jobExecutor.details.expected").value(false))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"))
			.andExpect(jsonPath("$.components.livenessState.status").value("UP"))
			.andExpect(jsonPath("$.components.processEngine").doesNotExist());
	}

	@Test
	void shouldShowOnlyTheStatusToUsersWhoAreNoOperators() throws Exception {
		mvc.perform(get("/actuator/health").header(AUTHORIZATION, basic("sofia")))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", true));
	}

	@Test
	void shouldRefuseAWrongPasswordForHealth() throws Exception {
		// a user of its own: wrong passwords count toward the login throttle of their
		// user
		String operator = "operator-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identityService.newUser(operator);
		user.setPassword("right-password");
		identityService.saveUser(user);
		identityService.createMembership(operator, Groups.CAMUNDA_ADMIN);

		mvc.perform(get("/actuator/health").header(AUTHORIZATION, basic(operator, "right-password")))
			.andExpect(jsonPath("$.components.startup.status").value("UP"));
		mvc.perform(get("/actuator/health").header(AUTHORIZATION, basic(operator, "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
	}

	@Test
	void shouldAnswerTheProbesWithTheStatusAlone() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			mvc.perform(get(probe)).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
		}
	}

	@Test
	void shouldCheckWhatServingUsersNeedsForReadiness() throws Exception {
		mvc.perform(get("/actuator/health/readiness").header(AUTHORIZATION, ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.startup.status").value("UP"))
			.andExpect(jsonPath("$.components.processes.status").value("UP"))
			.andExpect(jsonPath("$.components.jobExecutor.status").value("UP"))
			.andExpect(jsonPath("$.components.diskSpace").doesNotExist())
			.andExpect(jsonPath("$.components.livenessState").doesNotExist());
		mvc.perform(get("/actuator/health/liveness").header(AUTHORIZATION, ADMIN))
			.andExpect(jsonPath("$.components.livenessState.status").value("UP"))
			.andExpect(jsonPath("$.components.db").doesNotExist());
	}

	@Test
	void shouldHideSingleComponentsFromAnonymousCallers() throws Exception {
		mvc.perform(get("/actuator/health/db")).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/health/db").header(AUTHORIZATION, ADMIN)).andExpect(status().isOk());
	}

	@Test
	void shouldSendSecurityHeadersWithHealth() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void shouldFindEveryExecutableProcessOfTheBuild() {
		assertThat(processes.health().getDetails()).containsEntry("processes", 7).containsEntry("forms", 22);
	}

	@Test
	void shouldBeDownWhereTheJobExecutorShouldRunButDoesNot() {
		// the tests' engine runs without a job executor
		assertThat(new JobExecutorHealthIndicator(engine, true).health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(new JobExecutorHealthIndicator(engine, false).health().getStatus()).isEqualTo(Status.UP);
	}

}
