package com.partnerlifecycle.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The documented way back in for a locked user, the admin included: start the application
 * with {@code --partnership.unlock-users-on-start=admin} (a list) and each named user is
 * unlocked ({@code identityService.unlockUser}: failed attempts and lock time cleared). A
 * camunda-admin can also unlock a user with {@code POST /engine-rest/user/{id}/unlock}.
 */
@Component
class UnlockUsersOnStart {

	private static final Logger LOG = LoggerFactory.getLogger(UnlockUsersOnStart.class);

	private final IdentityService identityService;

	private final List<String> users;

	UnlockUsersOnStart(IdentityService identityService, Environment environment) {
		this.identityService = identityService;
		this.users = Binder.get(environment)
			.bind("partnership.unlock-users-on-start", Bindable.listOf(String.class))
			.orElse(List.of())
			.stream()
			.map(String::strip)
			.filter(user -> !user.isEmpty())
			.toList();
	}

	@EventListener(ApplicationReadyEvent.class)
	void unlock() {
		for (String user : users) {
			if (identityService.createUserQuery().userId(user).count() == 0) {
				LOG.warn("partnership.unlock-users-on-start names {}, who is not a user", user);
				continue;
			}
			identityService.unlockUser(user);
			LOG.info("Unlocked user {} (partnership.unlock-users-on-start)", user);
		}
	}

}
