package com.partnerlifecycle.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Order;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as people reach it: a real server on a random port with the web apps,
 * the engine REST API and the demo data (in memory, job executor off). Every class with
 * this annotation shares the one context, and runs after every other test class
 * ({@link #ORDER}): each later context would register its own engine "default", which the
 * web apps and the engine REST API of this context look up by name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false",
				// the web apps re-read a user's groups after 3 s here (55 s in
				// application.yml): WebappAuthCacheTest
				"camunda.bpm.webapp.auth.cache.time-to-live=" + WebAppTest.AUTH_CACHE_TTL_MILLIS })
@ActiveProfiles("demo")
@Order(WebAppTest.ORDER)
public @interface WebAppTest {

	/** After the default order of the other classes (Integer.MAX_VALUE / 2). */
	int ORDER = Integer.MAX_VALUE - 100;

	/**
	 * How long the web apps keep a user's groups in this context before reading them
	 * again.
	 */
	long AUTH_CACHE_TTL_MILLIS = 3000;

}
