package com.partnerlifecycle.security;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.StartCondition;

/**
 * No default secrets outside the demo: unless the demo (or test) profile is active, the
 * application refuses to start when the admin's password is missing or equal to the user
 * id. Runs before any bean, so no admin user is ever created with such a password.
 */
@Component
class AdminCredentialsCheck extends StartCondition {

	@Override
	protected String problemIn(Environment environment) {
		return problem(environment);
	}

	static String problem(Environment environment) {
		if (com.partnerlifecycle.common.DemoProfile.isDemoOrTest(environment)) {
			return null;
		}
		String id = environment.getProperty("camunda.bpm.admin-user.id", "");
		String password = environment.getProperty("camunda.bpm.admin-user.password", "");
		if (id.isBlank()) {
			return null;
		}
		if (password.isBlank()) {
			return "The admin user '" + id + "' has no password: set ADMIN_PASSWORD (camunda.bpm.admin-user.password)";
		}
		if (password.equals(id)) {
			return "The admin user's password must not equal its user id: set another ADMIN_PASSWORD";
		}
		return null;
	}

}
