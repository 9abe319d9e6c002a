package com.partnerlifecycle.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine API has two doors: {@code /engine-rest/*} (HTTP Basic, {@link EngineRestAuthentication}) and the web
 * apps' own copy {@code /camunda/api/engine/*} (the web-app session and its XSRF token), which every Tasklist user can
 * call. Filters, mappers and authentication set up for one do not reach the other; what must hold at both is set up
 * here.
 */
@Configuration
class EngineApiDoors {

	/**
	 * {@link EngineApiGuard} on both doors. At {@code /engine-rest} it runs after Camunda's authentication filter (order
	 * 10), so the caller is known; at the web apps' door before every filter of the web apps (they are registered after
	 * Spring's filter beans), so nothing has read the body yet.
	 */
	@Bean
	FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identityService,
			CamundaBpmProperties camunda) {
		String webappEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
		FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
				new EngineApiGuard(identityService, webappEngineApi));
		registration.addUrlPatterns("/engine-rest/*", webappEngineApi + "/*");
		registration.setName("engine-api-guard");
		registration.setOrder(11);
		return registration;
	}

}
