package com.partnerlifecycle.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as people reach it: a real server on a random port with the web apps, the engine REST API and
 * the demo data (in memory, job executor off). Every class with this annotation shares the one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false" })
@ActiveProfiles("demo")
public @interface WebAppTest {
}
