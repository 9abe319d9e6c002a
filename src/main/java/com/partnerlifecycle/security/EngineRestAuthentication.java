package com.partnerlifecycle.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is open by default: here it requires HTTP Basic against Camunda's
 * identity service (the Tasklist users), and every call runs as that user — so
 * authorizations apply and the four-eyes listener sees who completes a task. Every path
 * needs credentials, {@code /engine} (the engine names) included. Wrong passwords are
 * throttled per user and client ({@link LoginThrottle}).
 */
@Configuration
class EngineRestAuthentication {

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new EveryPathAuthenticated());
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.setName("engine-rest-authentication");
		registration.setOrder(10);
		return registration;
	}

	/**
	 * Camunda's filter lets {@code /engine} (the list of engine names) through without
	 * credentials on purpose; here every path of {@code /engine-rest} needs them, that
	 * one included.
	 */
	static final class EveryPathAuthenticated extends ProcessEngineAuthenticationFilter {

		@Override
		protected boolean requiresEngineAuthentication(String requestUrl) {
			return true;
		}

		/** {@code /engine/} names no engine: the default one authenticates it. */
		@Override
		protected String extractEngineName(String requestUrl) {
			String name = super.extractEngineName(requestUrl);
			return name == null || name.isEmpty() ? DEFAULT_ENGINE_NAME : name;
		}

	}

	/**
	 * Failed logins throttled per (user, client) before the password is checked: at
	 * {@code /engine-rest} (before the Basic check above) and at the web apps' login,
	 * ahead of the web apps' own filters.
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
