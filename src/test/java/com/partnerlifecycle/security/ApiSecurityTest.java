package com.partnerlifecycle.security;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.ProcessDriver;

/**
 * The product API is authenticated (401 without or with wrong credentials) and each role
 * may do only its part (403). The engine REST API, served by Jersey, is checked over HTTP
 * in EngineRestTest.
 */
@LifecycleTest
class ApiSecurityTest {

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiAuthenticationFilter apiFilter;

	@Autowired
	IdentityService identityService;

	@Autowired
	ProcessDriver driver;

	@Autowired
	MockMvc mvc;

	MockMvc anonymous;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		anonymous = MockMvcBuilders.webAppContextSetup(webContext).addFilters(apiFilter).build();
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	/**
	 * A user of its own: wrong passwords lock a user for a while, so no demo user is used
	 * for them.
	 */
	String throwawayUser() {
		String id = "throwaway-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identityService.newUser(id);
		user.setPassword("right-password");
		identityService.saveUser(user);
		return id;
	}

	static MockHttpServletRequestBuilder call(String method, String path) {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path);
		return method.equals("GET") ? builder : builder.contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/partners", "POST, /api/partners", "GET, /api/partners/any",
			"GET, /api/partners/any/reminders", "POST, /api/partners/any/termination-requests",
			"PUT, /api/partners/any/reviews/1/meeting" })
	void shouldAnswer401WithoutCredentials(String method, String path) throws Exception {
		anonymous.perform(call(method, path)).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/partners", "POST, /api/partners", "GET, /api/partners/any/reminders",
			"POST, /api/partners/any/termination-requests" })
	void shouldAnswer401ForAWrongPassword(String method, String path) throws Exception {
		String user = throwawayUser();

		anonymous.perform(call(method, path).header(AUTHORIZATION, basic(user, "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldTellTheCallerHowToAuthenticate() throws Exception {
		anonymous.perform(get("/api/partners"))
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void shouldLetAUserWithTheRightPasswordIn() throws Exception {
		anonymous.perform(get("/api/partners").header(AUTHORIZATION, basic("rita"))).andExpect(status().isOk());
	}

	@Test
	void shouldSendSecurityHeadersWithTheProductApi() throws Exception {
		mvc.perform(get("/api/partners"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")));
	}

	@Test
	void shouldLetOnlySourcingManagersRegisterPartners() throws Exception {
		mvc.perform(post("/api/partners").header(AUTHORIZATION, basic("rita"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Not By Rita\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("sourcing-managers")));
	}

	@Test
	void shouldShowARepresentativeOnlyItsOwnPartner() throws Exception {
		String own = lifecycles.register();
		String other = lifecycles.register();
		String representative = lifecycles.representative(own);

		mvc.perform(get("/api/partners/{id}", own).header(AUTHORIZATION, basic(representative)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/partners/{id}", other).header(AUTHORIZATION, basic(representative)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/partners").header(AUTHORIZATION, basic(representative)))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldLetARepresentativeEndOnlyItsOwnPartnership() throws Exception {
		String own = lifecycles.register();
		String other = lifecycles.register();
		String representative = lifecycles.representative(own);
		String body = "{\"requestedBy\":\"PROVIDER\",\"reason\":\"We are leaving this market\"}";

		mvc.perform(post("/api/partners/{id}/termination-requests", other).header(AUTHORIZATION, basic(representative))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/partners/{id}/termination-requests", own).header(AUTHORIZATION, basic(representative))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("PROVIDER", "BUYER"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/partners/{id}/termination-requests", own).header(AUTHORIZATION, basic(representative))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	@Test
	void shouldKeepTheRemindersFromTheProvidersSide() throws Exception {
		String own = lifecycles.register();

		mvc.perform(
				get("/api/partners/{id}/reminders", own).header(AUTHORIZATION, basic(lifecycles.representative(own))))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldLetOnlySourcingManagersMoveAMeeting() throws Exception {
		mvc.perform(put("/api/partners/any/reviews/1/meeting").header(AUTHORIZATION, basic("erik"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"meetingDate\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":60}"))
			.andExpect(status().isForbidden());
	}

}
