package com.partnerlifecycle.partneraccess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Links are built from the configured public address only: outside the demo the start is
 * refused without one, or with one that is not an absolute http(s) address; the demo
 * defaults to this server on localhost.
 */
class PublicBaseUrlTest {

	static MockEnvironment environment(String profile, String base) {
		MockEnvironment environment = new MockEnvironment();
		if (base != null) {
			environment.setProperty(PublicBaseUrl.PROPERTY, base);
		}
		environment.setActiveProfiles(profile);
		return environment;
	}

	@Test
	void shouldRefuseToStartInProductionWithoutIt() {
		assertThat(PublicBaseUrl.problem(environment("prod", null))).contains("PUBLIC_BASE_URL");
		assertThat(PublicBaseUrl.problem(environment("postgres", " "))).contains("PUBLIC_BASE_URL");
	}

	@ParameterizedTest
	@ValueSource(strings = { "partnerships.buyer.example", "ftp://partnerships.buyer.example",
			"https://partnerships.buyer.example/?next=x", "https://partnerships.buyer.example/#top",
			"https://user@partnerships.buyer.example", "https://bad host" })
	void shouldRefuseAnAddressThatIsNotAbsoluteHttp(String base) {
		assertThat(PublicBaseUrl.problem(environment("prod", base))).isNotNull();
	}

	@Test
	void shouldAcceptAnHttpsAddressAndBuildLinksFromItAlone() {
		MockEnvironment production = environment("prod", "https://partnerships.buyer.example/");
		assertThat(PublicBaseUrl.problem(production)).isNull();
		PublicBaseUrl base = new PublicBaseUrl();
		base.setEnvironment(production);
		assertThat(base.get()).isEqualTo("https://partnerships.buyer.example");
		assertThat(base.origin()).isEqualTo("https://partnerships.buyer.example");
	}

	@Test
	void shouldDefaultToThisServerInTheDemo() {
		MockEnvironment demo = environment("demo", null).withProperty("local.server.port", "8123");
		assertThat(PublicBaseUrl.problem(demo)).isNull();
		PublicBaseUrl base = new PublicBaseUrl();
		base.setEnvironment(demo);
		assertThat(base.get()).isEqualTo("http://localhost:8123");
	}

}
