package com.partnerlifecycle.portfolio;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The "Partnerships" dashboard in Cockpit: listed in META-INF/services, its script in
 * plugin-webapp/partnerships/app/plugin.js, its data from
 * {@link PartnershipsPluginResources}.
 */
public class PartnershipsCockpitPlugin extends AbstractCockpitPlugin {

	public static final String ID = "partnerships";

	@Override
	public String getId() {
		return ID;
	}

	@Override
	public Set<Class<?>> getResourceClasses() {
		return Set.of(PartnershipsPluginResources.class);
	}

}
