package com.partnerlifecycle.operations;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A management port of its own ({@code management.server.port}) listens on
 * {@code partnership.management-address} ({@code MANAGEMENT_ADDRESS}, 127.0.0.1 by
 * default) unless {@code management.server.address} is set: the product's filters do not
 * run on that port, so only the host (or the pod) itself may reach it. Set here, not in
 * application.yml, because Spring Boot refuses to start with a management address and no
 * port of its own.
 */
class ManagementAddress implements EnvironmentPostProcessor {

	static final String ADDRESS = "management.server.address";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (ManagementPortType.get(environment) != ManagementPortType.DIFFERENT
				|| environment.containsProperty(ADDRESS)) {
			return;
		}
		String address = environment.getProperty("partnership.management-address", "127.0.0.1");
		environment.getPropertySources().addLast(new MapPropertySource("managementAddress", Map.of(ADDRESS, address)));
	}

}
