package com.partnerlifecycle.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is open by default: here it requires HTTP Basic against Camunda's identity service (the
 * Tasklist users), and every call runs as that user — so authorizations apply and the four-eyes listener sees who
 * completes a task. Wrong passwords are throttled per user and client ({@link LoginThrottle}).
 */
@Configuration
class EngineRestAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.setName("engine-rest-authentication");
		registration.setOrder(10);
		return registration;
	}

	/**
	 * Failed logins throttled per (user, client) before the password is checked: at {@code /engine-rest} (before
	 * the Basic check above) and at the web apps' login, ahead of the web apps' own filters.
	 */
	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
		FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
				new LoginThrottleFilter(throttle));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/admin/auth/user/*");
		registration.setName("login-throttle");
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
