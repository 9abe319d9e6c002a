package com.partnerlifecycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Who "the client" is: the socket, or what trusted proxies forwarded; a pair is throttled
 * for itself only.
 */
class LoginThrottleRulesTest {

	static MockHttpServletRequest from(String socket, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(socket);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

	@Test
	void shouldThrottleOnlyThePairThatFailed() {
		LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), List.of());
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.waitBefore("victim", from("203.0.113.5", null))).isEmpty();
			throttle.failed("victim", from("203.0.113.5", null));
		}

		assertThat(throttle.waitBefore("victim", from("203.0.113.5", null)))
			.hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
		assertThat(throttle.waitBefore("VICTIM", from("203.0.113.5", null))).isPresent();
		assertThat(throttle.waitBefore("victim", from("198.51.100.7", null))).isEmpty();
		assertThat(throttle.waitBefore("other", from("203.0.113.5", null))).isEmpty();
	}

	@Test
	void shouldBelieveForwardedAddressesFromTrustedProxiesOnly() {
		LoginThrottle behindProxy = new LoginThrottle(3, Duration.ofMinutes(5), List.of("10.0.0.2"));
		LoginThrottle direct = new LoginThrottle(3, Duration.ofMinutes(5), List.of());

		assertThat(behindProxy.client(from("10.0.0.2", "198.51.100.7, 203.0.113.5"))).isEqualTo("203.0.113.5");
		assertThat(behindProxy.client(from("10.0.0.2", "203.0.113.5, 10.0.0.2"))).isEqualTo("203.0.113.5");
		assertThat(behindProxy.client(from("10.0.0.9", "203.0.113.5"))).isEqualTo("10.0.0.9");
		assertThat(direct.client(from("203.0.113.5", "198.51.100.7"))).isEqualTo("203.0.113.5");

		// two clients behind the proxy are two pairs
		for (int i = 0; i < 3; i++) {
			behindProxy.failed("victim", from("10.0.0.2", "203.0.113.5"));
		}
		assertThat(behindProxy.waitBefore("victim", from("10.0.0.2", "203.0.113.5"))).isPresent();
		assertThat(behindProxy.waitBefore("victim", from("10.0.0.2", "198.51.100.7"))).isEmpty();
	}

}
