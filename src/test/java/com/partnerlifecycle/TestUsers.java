package com.partnerlifecycle;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.partnerlifecycle.demo.DemoIdentity;

/**
 * The demo users exist in every test context, and MockMvc calls the product API as sofia
 * (a sourcing manager) unless a test sends other credentials.
 */
@TestConfiguration
public class TestUsers {

	public static final String AUTHORIZATION = "Authorization";

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String basic(String demoUser) {
		return basic(demoUser, DemoIdentity.PASSWORD);
	}

	@Bean
	ApplicationRunner demoUsersForTests(DemoIdentity identity) {
		return args -> identity.create();
	}

	@Bean
	MockMvcBuilderCustomizer asSofia() {
		return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").header(AUTHORIZATION, basic("sofia")));
	}

}
