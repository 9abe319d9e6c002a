package com.partnerlifecycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Outside the demo no default secret: a missing admin password, or one equal to the user
 * id, stops the start.
 */
class AdminCredentialsCheckTest {

	static MockEnvironment environment(String profile, String password) {
		MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin");
		if (password != null) {
			environment.setProperty("camunda.bpm.admin-user.password", password);
		}
		environment.setActiveProfiles(profile);
		return environment;
	}

	@Test
	void shouldRefuseAMissingPasswordInProduction() {
		assertThat(AdminCredentialsCheck.problem(environment("prod", null))).contains("has no password");
	}

	@Test
	void shouldRefuseThePasswordEqualToTheUserId() {
		assertThat(AdminCredentialsCheck.problem(environment("prod", "admin"))).contains("must not equal");
	}

	@Test
	void shouldAcceptARealPassword() {
		assertThat(AdminCredentialsCheck.problem(environment("prod", "a-long-secret"))).isNull();
	}

	@Test
	void shouldAllowTheWellKnownPasswordInTheDemo() {
		assertThat(AdminCredentialsCheck.problem(environment("demo", "admin"))).isNull();
	}

}
