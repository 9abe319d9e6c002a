package com.partnerlifecycle.common;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The person the engine acts for: the Tasklist login, or the user a caller authenticated
 * as.
 */
@Component
public class CurrentUser {

	public static final String SYSTEM = "system";

	private final IdentityService identityService;

	public CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	public Optional<String> id() {
		Authentication authentication = identityService.getCurrentAuthentication();
		return Optional.ofNullable(authentication).map(Authentication::getUserId);
	}

	/**
	 * For records of who did something: the user, or "system" for timers and start-up
	 * work.
	 */
	public String idOrSystem() {
		return id().orElse(SYSTEM);
	}

}
