package com.partnerlifecycle.contact;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.security.LinkSession;

/**
 * The Camunda user behind a contact: id {@code contact-<uuid>} (never the address), no
 * usable password (a random one nobody learns, and {@link NoPasswordForContacts} refuses
 * every password check of such a user at every login door), in no group. Its default
 * grant on its own user is cut to READ; it holds the Tasklist application and, while a
 * link session of it runs, READ and TASK_WORK on that one task. Created and deleted by
 * the application, as the system.
 */
@Component
public class ContactUsers {

	public static final String PREFIX = LinkSession.CONTACT_USER_PREFIX;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final SystemActions system;

	ContactUsers(IdentityService identityService, AuthorizationService authorizationService, SystemActions system) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.system = system;
	}

	/** Whether this user id is a contact's: such a user signs in only through a link. */
	public static boolean isContactUser(String userId) {
		return LinkSession.isContactUser(userId);
	}

	/** A new user for the contact; its id. */
	String create(String name, String email) {
		String id = PREFIX + UUID.randomUUID();
		system.run(() -> {
			User user = identityService.newUser(id);
			names(user, name);
			user.setEmail(email);
			byte[] secret = new byte[32];
			RANDOM.nextBytes(secret);
			user.setPassword(Base64.getEncoder().encodeToString(secret)); // never told to
																			// anyone
			identityService.saveUser(user);
			Authorization own = authorizationService.createAuthorizationQuery()
				.userIdIn(id)
				.resourceType(Resources.USER)
				.resourceId(id)
				.singleResult();
			if (own != null) { // the engine grants a new user ALL on itself: a contact
								// only reads its own name
				own.setPermissions(new Permission[] { Permissions.READ });
				authorizationService.saveAuthorization(own);
			}
			grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		});
		return id;
	}

	/** The contact's name corrected: its user's too (Tasklist shows it in the header). */
	void rename(String userId, String name) {
		system.run(() -> {
			User user = identityService.createUserQuery().userId(userId).singleResult();
			if (user != null) {
				names(user, name);
				identityService.saveUser(user);
			}
		});
	}

	private static void names(User user, String name) {
		int space = name.lastIndexOf(' ');
		user.setFirstName(space < 0 ? name : name.substring(0, space));
		user.setLastName(space < 0 ? "" : name.substring(space + 1));
	}

	/** The user and every grant it holds; nothing if it is gone already. */
	void delete(String userId) {
		if (userId == null) {
			return;
		}
		system.run(() -> {
			identityService.deleteUser(userId);
			authorizationService.createAuthorizationQuery()
				.userIdIn(userId)
				.list()
				.forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
		});
	}

	/**
	 * READ and TASK_WORK on the one task of a link session (once; a second sign-in finds
	 * it).
	 */
	public void grantTask(String userId, String taskId) {
		system.run(() -> {
			if (authorizationService.createAuthorizationQuery()
				.userIdIn(userId)
				.resourceType(Resources.TASK)
				.resourceId(taskId)
				.count() == 0) {
				grant(userId, Resources.TASK, taskId, TaskPermissions.READ, TaskPermissions.TASK_WORK);
			}
		});
	}

	/** Whether the user still exists (a removed contact's user is deleted). */
	public boolean exists(String userId) {
		return system.run(() -> identityService.createUserQuery().userId(userId).count() == 1);
	}

	private void grant(String userId, Resources resource, String resourceId, Permission... permissions) {
		Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setUserId(userId);
		grant.setResource(resource);
		grant.setResourceId(resourceId);
		grant.setPermissions(permissions);
		authorizationService.saveAuthorization(grant);
	}

}
