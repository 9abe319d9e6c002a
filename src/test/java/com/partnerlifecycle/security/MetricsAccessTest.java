package com.partnerlifecycle.security;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.partnerlifecycle.LifecycleTest;

/**
 * The Prometheus metrics are read by the metrics credential alone, never counted by the
 * login throttle; every product user is refused, and nothing else of Actuator is there.
 */
@LifecycleTest
class MetricsAccessTest {

	static final String METRICS = basic("metrics", "test-metrics-password");

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	ActuatorAccessFilter access;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	IdentityService identityService;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(webContext).addFilters(access).build();
	}

	@Test
	void shouldLetTheMetricsUserReadTheMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, METRICS))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/plain")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void shouldGiveTheMetricsUserTheProductsOwnMetersBesideSpringBootsOnes() throws Exception {
		String scrape = mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, METRICS))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(scrape).contains("partnership_reminders{status=\"may_have_been_sent\"}",
				"partnership_incidents_open{type=\"failedJob\"}", "partnership_jobs{state=\"due\"}",
				"partnership_tasks_open{group=\"partner\"}", "partnership_reviews_overdue",
				"partnership_action_items_overdue", "partnership_stage_transitions_total{stage=\"candidate\"}",
				"hikaricp_connections_active", "jvm_threads_live_threads");
	}

	@Test
	void shouldAskForCredentialsWithoutThem() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void shouldRefuseAWrongMetricsPassword() throws Exception {
		mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, basic("metrics", "guess")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sofia", "admin" })
	void shouldForbidTheMetricsToProductUsers(String user) throws Exception {
		String credentials = user.equals("admin") ? basic("admin", "test-admin-password") : basic(user);

		mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, credentials))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void shouldNeverLockTheMetricsUserOut() throws Exception {
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, basic("metrics", "guess-" + i)))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, METRICS)).andExpect(status().isOk());
		assertThat(throttle.waitBefore("metrics", new MockHttpServletRequest())).as("nothing counted").isEmpty();
	}

	@Test
	void shouldThrottleWrongPasswordsOfProductUsersAsAtEveryLoginDoor() throws Exception {
		String user = "metrics-guesser-" + UUID.randomUUID().toString().substring(0, 8);
		User throwaway = identityService.newUser(user);
		throwaway.setPassword("right-password");
		identityService.saveUser(throwaway);
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, basic(user, "wrong")))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/actuator/prometheus").header(AUTHORIZATION, basic(user, "right-password")))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void shouldCloseTheMetricsToEverybodyWithoutAMetricsPassword() throws Exception {
		ActuatorAccessFilter closed = new ActuatorAccessFilter(identityService, throttle,
				new MetricsCredential("metrics", ""), "/actuator");
		MockMvc withoutPassword = MockMvcBuilders.webAppContextSetup(webContext).addFilters(closed).build();

		for (String credentials : new String[] { basic("metrics", ""), basic("metrics", "test-metrics-password"),
				basic("admin", "test-admin-password") }) {
			withoutPassword.perform(get("/actuator/prometheus").header(AUTHORIZATION, credentials))
				.andExpect(status().isUnauthorized());
		}
		withoutPassword.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/", "/actuator/env", "/actuator/beans", "/actuator/metrics",
			"/actuator/heapdump", "/ACTUATOR/env", "/actuator/prometheus/" })
	void shouldKnowNoOtherEndpoint(String path) throws Exception {
		mvc.perform(get(path).header(AUTHORIZATION, basic("admin", "test-admin-password")))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

}
