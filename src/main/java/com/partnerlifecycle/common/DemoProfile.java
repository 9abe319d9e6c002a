package com.partnerlifecycle.common;

import java.util.Arrays;

import org.springframework.core.env.Environment;

/**
 * The demo profile (active, or the default with none active) or the tests': the only ones
 * with well-known defaults.
 */
public final class DemoProfile {

	private DemoProfile() {
	}

	public static boolean isDemoOrTest(Environment environment) {
		return Arrays.stream(environment.getActiveProfiles()).anyMatch(p -> p.equals("demo") || p.equals("test"))
				|| (environment.getActiveProfiles().length == 0
						&& Arrays.asList(environment.getDefaultProfiles()).contains("demo"));
	}

}
