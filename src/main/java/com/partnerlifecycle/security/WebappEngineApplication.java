package com.partnerlifecycle.security;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;

/**
 * The web apps' engine API ({@code /camunda/api/engine/*}) as Camunda builds it, plus the
 * refusal mappers of {@link EngineRestRefusals}: a refused form answers 400 with the
 * field at this door as at {@code /engine-rest}. Jersey creates it from the servlet's
 * init parameter ({@link EngineApiDoors}).
 */
public class WebappEngineApplication extends EngineRestApplication {

	@Override
	public Set<Class<?>> getClasses() {
		Set<Class<?>> classes = new HashSet<>(super.getClasses());
		classes.add(EngineRestRefusals.EngineRefusalMapper.class);
		classes.add(EngineRestRefusals.RestRefusalMapper.class);
		return classes;
	}

}
