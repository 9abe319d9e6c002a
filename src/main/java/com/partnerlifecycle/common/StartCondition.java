package com.partnerlifecycle.common;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A setting the application cannot run without: checked before any bean is created, so a
 * bad configuration stops the start with its reason instead of running half-configured.
 */
public abstract class StartCondition implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	protected Environment environment() {
		return environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String problem = problemIn(environment);
		if (problem != null) {
			throw new IllegalStateException(problem);
		}
	}

	/** Why the application must not start with this environment, or null. */
	protected abstract String problemIn(Environment environment);

}
