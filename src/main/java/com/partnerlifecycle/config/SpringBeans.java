package com.partnerlifecycle.config;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * For the few classes Spring does not create (Cockpit plugin resources are made by
 * Jersey).
 */
@Component
public class SpringBeans implements ApplicationContextAware {

	private static ApplicationContext context;

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		SpringBeans.context = applicationContext;
	}

	public static <T> T get(Class<T> type) {
		if (context == null) {
			throw new IllegalStateException("The application has not started");
		}
		return context.getBean(type);
	}

}
