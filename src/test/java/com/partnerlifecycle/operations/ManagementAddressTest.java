package com.partnerlifecycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * A management port of its own listens on the internal address; without one nothing is
 * set (Boot would refuse it).
 */
class ManagementAddressTest {

	static MockEnvironment processed(MockEnvironment environment) {
		new ManagementAddress().postProcessEnvironment(environment, null);
		return environment;
	}

	@Test
	void shouldListenOnLoopbackWithAManagementPortOfItsOwn() {
		MockEnvironment environment = processed(new MockEnvironment().withProperty("management.server.port", "8081"));

		assertThat(environment.getProperty(ManagementAddress.ADDRESS)).isEqualTo("127.0.0.1");
	}

	@Test
	void shouldListenOnTheConfiguredInternalAddress() {
		MockEnvironment environment = processed(new MockEnvironment().withProperty("management.server.port", "8081")
			.withProperty("partnership.management-address", "10.0.0.7"));

		assertThat(environment.getProperty(ManagementAddress.ADDRESS)).isEqualTo("10.0.0.7");
	}

	@Test
	void shouldKeepAnAddressSetExplicitly() {
		MockEnvironment environment = processed(new MockEnvironment().withProperty("management.server.port", "8081")
			.withProperty(ManagementAddress.ADDRESS, "0.0.0.0"));

		assertThat(environment.getProperty(ManagementAddress.ADDRESS)).isEqualTo("0.0.0.0");
	}

	@Test
	void shouldSetNoAddressOnTheApplicationsOwnPort() {
		assertThat(processed(new MockEnvironment()).containsProperty(ManagementAddress.ADDRESS)).isFalse();
		assertThat(processed(new MockEnvironment().withProperty("management.server.port", "8080")
			.withProperty("server.port", "8080")).containsProperty(ManagementAddress.ADDRESS)).isFalse();
		assertThat(processed(new MockEnvironment().withProperty("management.server.port", "-1"))
			.containsProperty(ManagementAddress.ADDRESS)).isFalse();
	}

}
