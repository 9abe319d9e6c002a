package com.partnerlifecycle.partneraccess;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link LinkSessionFilter} on the web apps, ahead of Camunda's own filters. */
@Configuration
class LinkSessions {

	@Bean
	FilterRegistrationBean<LinkSessionFilter> linkSessionFilter(PartnerLinks links) {
		FilterRegistrationBean<LinkSessionFilter> registration = new FilterRegistrationBean<>(
				new LinkSessionFilter(links));
		registration.addUrlPatterns("/camunda/*");
		registration.setName("link-sessions");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
