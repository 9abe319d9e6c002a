package com.partnerlifecycle.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.partnerlifecycle.common.StartupWork;

/**
 * {@link StartingFilter} on every door people and callers use, ahead of every other
 * filter of the product and of Camunda's (the login throttle, the authentications, the
 * link sessions, the web apps' own).
 */
@Configuration
class Starting {

	@Bean
	FilterRegistrationBean<StartingFilter> startingFilter(StartupWork work) {
		FilterRegistrationBean<StartingFilter> registration = new FilterRegistrationBean<>(new StartingFilter(work));
		registration.addUrlPatterns("/camunda/*", "/api/*", "/engine-rest/*", "/partner-access/*");
		registration.setName("starting");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
