package com.partnerlifecycle.security;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine API has two doors: {@code /engine-rest/*} (HTTP Basic,
 * {@link EngineRestAuthentication}) and the web apps' own copy
 * {@code /camunda/api/engine/*} (the web-app session and its XSRF token), which every
 * Tasklist user can call. Filters, mappers and authentication set up for one do not reach
 * the other; what must hold at both is set up here.
 */
@Configuration
class EngineApiDoors {

	/**
	 * The name under which Camunda's web-app initializer registers the web apps' engine
	 * API (skipped if it exists).
	 */
	static final String WEBAPP_ENGINE_API = "Engine Api";

	/**
	 * {@link EngineApiGuard} on both doors. At {@code /engine-rest} it runs after
	 * Camunda's authentication filter (order 10), so the caller is known; at the web
	 * apps' door before every filter of the web apps (they are registered after Spring's
	 * filter beans), so nothing has read the body yet.
	 */
	@Bean
	FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identityService, CamundaBpmProperties camunda,
			ProcessEngineConfigurationImpl engine) {
		String webappEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
		FilterRegistrationBean<EngineApiGuard> registration = new FilterRegistrationBean<>(
				new EngineApiGuard(identityService, webappEngineApi, engine.getQueryMaxResultsLimit()));
		registration.addUrlPatterns("/engine-rest/*", webappEngineApi + "/*");
		registration.setName("engine-api-guard");
		registration.setOrder(11);
		return registration;
	}

	/**
	 * {@link EngineCallRights} on both doors, right after {@link EngineApiGuard}:
	 * comments and attachments follow the right to read the task, partner-side users make
	 * only the calls Tasklist makes for them.
	 */
	@Bean
	FilterRegistrationBean<EngineCallRights> engineCallRights(IdentityService identityService, TaskService taskService,
			HistoryService historyService, CamundaBpmProperties camunda) {
		String webappEngineApi = camunda.getWebapp().getApplicationPath() + "/api/engine";
		FilterRegistrationBean<EngineCallRights> registration = new FilterRegistrationBean<>(
				new EngineCallRights(identityService, taskService, historyService, webappEngineApi));
		registration.addUrlPatterns("/engine-rest/*", webappEngineApi + "/*");
		registration.setName("engine-call-rights");
		registration.setOrder(12);
		return registration;
	}

	/**
	 * The web apps' engine API, registered before Camunda's initializer does it (which
	 * registers a servlet only when none of its name exists): the same Jersey servlet,
	 * name and mapping, with an application that adds the refusal mappers
	 * ({@link WebappEngineApplication}). Only where the web apps run: without their
	 * filters (authentication, CSRF) this servlet must not exist.
	 */
	@Bean
	@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
	ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda,
			ObjectProvider<CamundaBpmWebappInitializer> webapps) {
		ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
				camunda.getWebapp().getApplicationPath() + "/api/engine/*");
		registration.setName(WEBAPP_ENGINE_API);
		registration.addInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS,
				WebappEngineApplication.class.getName());
		registration.setOrder(0);
		// the web apps' filters come with their initializer: no initializer, no servlet
		registration.setEnabled(webapps.getIfAvailable() != null);
		return registration;
	}

}
