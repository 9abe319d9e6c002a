package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.web.EngineDoors.Caller;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * A user removed from a group, or from the identity, loses his rights in the web apps
 * once their cache of his authentication expires
 * ({@code camunda.bpm.webapp.auth.cache.time-to-live}: 55 s in application.yml, 3 s in
 * the web tests' context, {@link WebAppTest#AUTH_CACHE_TTL_MILLIS}).
 */
@WebAppTest
class WebappAuthCacheTest extends DoorTest {

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Test
	void shouldRenewTheWebAppsAuthenticationWithinAMinute() throws IOException {
		PropertySource<?> defaults = new YamlPropertySourceLoader()
			.load("application.yml", new ClassPathResource("application.yml"))
			.get(0);

		Object ttl = defaults.getProperty("camunda.bpm.webapp.auth.cache.time-to-live");

		assertThat(Long.parseLong(String.valueOf(ttl))).isPositive().isLessThanOrEqualTo(55_000);
	}

	/** A throwaway sourcing manager (password "demo"). */
	String sourcingManager() {
		String userId = "sm-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identityService.newUser(userId);
		user.setFirstName("Temp");
		user.setLastName("Manager");
		user.setPassword("demo");
		identityService.saveUser(user);
		identityService.createMembership(userId, Groups.SOURCING_MANAGERS);
		return userId;
	}

	static void waitForTheCacheToExpire() {
		try {
			Thread.sleep(WebAppTest.AUTH_CACHE_TTL_MILLIS + 1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@Test
	void shouldRefuseAUserRemovedFromHisGroupOnceTheCacheExpires() {
		Task task = driver.openTask(lifecycles.register(), LifecycleProcess.PLAN_PILOTS);
		driver.resetClock(); // the web apps' cache expires by the engine's clock, which
								// the set-up stopped
		String userId = sourcingManager();
		Caller web = doors.as(userId, Door.WEBAPP);
		assertThat(web.get("/task/" + task.getId()).statusCode()).isEqualTo(200);

		identityService.deleteMembership(userId, Groups.SOURCING_MANAGERS);
		waitForTheCacheToExpire();

		assertThat(web.get("/task/" + task.getId()).statusCode()).isEqualTo(404);
		HttpResponse<String> claim = web.post("/task/" + task.getId() + "/claim", "{\"userId\":\"" + userId + "\"}");
		assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);
		assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
		// /engine-rest has no cache: refused at once
		assertThat(doors.as(userId, Door.ENGINE_REST).get("/task/" + task.getId()).statusCode()).isEqualTo(404);
	}

	@Test
	void shouldEndTheWebAppSessionOfADeletedUserOnceTheCacheExpires() {
		Task task = driver.openTask(lifecycles.register(), LifecycleProcess.PLAN_PILOTS);
		driver.resetClock(); // the web apps' cache expires by the engine's clock, which
								// the set-up stopped
		String userId = sourcingManager();
		Caller web = doors.as(userId, Door.WEBAPP);
		assertThat(web.get("/task/" + task.getId()).statusCode()).isEqualTo(200);

		identityService.deleteUser(userId);
		waitForTheCacheToExpire();

		HttpResponse<String> read = web.get("/task/" + task.getId());
		assertThat(read.statusCode()).as(read.body()).isIn(401, 403);
		HttpResponse<String> claim = web.post("/task/" + task.getId() + "/claim", "{\"userId\":\"" + userId + "\"}");
		assertThat(claim.statusCode()).as(claim.body()).isIn(401, 403);
		assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
	}

}
