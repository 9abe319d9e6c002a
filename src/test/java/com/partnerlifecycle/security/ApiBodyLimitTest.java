package com.partnerlifecycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.partner.PartnerRepository;
import com.partnerlifecycle.web.WebAppTest;

/**
 * The product API reads no body over 256 KB: 413 as problem JSON, whether the body
 * declares its length or comes chunked, and nothing is stored. Through the running server
 * (MockMvc has no Tomcat and no chunked bodies).
 */
@WebAppTest
class ApiBodyLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	PartnerRepository partners;

	final HttpClient http = HttpClient.newHttpClient();

	/**
	 * A registration whose name alone is over the limit: valid JSON, so only the size
	 * refuses it.
	 */
	static byte[] registration(int nameLength) {
		return ("{\"name\":\"" + "a".repeat(nameLength) + "\",\"plannedPilots\":1}").getBytes(StandardCharsets.UTF_8);
	}

	HttpResponse<String> post(BodyPublisher body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/partners"))
			.header("Authorization", TestUsers.basic("sofia"))
			.header("Content-Type", "application/json")
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void shouldAnswer413AsProblemJsonToABodyOver256KbDeclaredOrChunked() throws Exception {
		long before = partners.count();
		byte[] large = registration(300 * 1024);

		for (HttpResponse<String> response : new HttpResponse[] { post(BodyPublishers.ofByteArray(large)),
				post(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))) }) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
			JsonNode problem = new ObjectMapper().readTree(response.body());
			assertThat(problem.path("status").asInt()).isEqualTo(413);
			assertThat(problem.path("detail").asText()).isEqualTo("the request body is over 256 KB");
		}
		assertThat(partners.count()).isEqualTo(before);
	}

	/**
	 * Under the limit, a chunked body reaches the controller whole: its name is refused
	 * for its length, not its size.
	 */
	@Test
	void shouldPassAChunkedBodyUnderTheLimitOnWhole() throws Exception {
		long before = partners.count();

		HttpResponse<String> response = post(
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(registration(100 * 1024))));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(new ObjectMapper().readTree(response.body()).path("errors").path(0).path("field").asText())
			.isEqualTo("name");
		assertThat(partners.count()).isEqualTo(before);
	}

}
