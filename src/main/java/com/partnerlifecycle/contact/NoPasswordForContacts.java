package com.partnerlifecycle.contact;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * The engine's identity provider, with one change: a contact's user
 * ({@code contact-<uuid>}) has no usable password. Every login door asks the engine's
 * password check (HTTP Basic at {@code /api} and {@code /engine-rest}, the web apps'
 * login form), so none of them lets such a user in, whatever password it is given; it
 * signs in through a link only. Installed by {@link ContactIdentityPlugin}.
 */
public class NoPasswordForContacts extends DbIdentityServiceProvider {

	@Override
	public boolean checkPassword(String userId, String password) {
		return !ContactUsers.isContactUser(userId) && super.checkPassword(userId, password);
	}

}
