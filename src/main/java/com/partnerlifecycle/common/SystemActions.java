package com.partnerlifecycle.common;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application, not as the logged-in user: for steps the
 * product API has already allowed by role (correlating a termination, moving a meeting's
 * timers, creating a partner's group and filter) that the user's own engine
 * authorizations rightly do not cover — a sourcing manager may not modify process
 * instances in Cockpit. Who asked is recorded on the business record instead.
 */
@Component
public class SystemActions {

	private final IdentityService identityService;

	public SystemActions(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T run(Supplier<T> action) {
		Authentication caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return action.get();
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

	public void run(Runnable action) {
		run(() -> {
			action.run();
			return null;
		});
	}

}
