package com.partnerlifecycle.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.web.WebAppTest;

/**
 * Paths Tomcat refuses before the application sees them (an encoded slash, a backslash,
 * NUL) and the error page asked for directly: problem JSON with a 4xx status and a
 * reason, never Tomcat's HTML page or a 5xx. Sent over a raw socket to the running server
 * (MockMvc has no Tomcat; HTTP clients refuse such paths).
 */
@WebAppTest
class RawPathBadInputTest {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/api/partners/a%2Fb", "/api/partners/a%2fb/reminders", "/api/partners/a%00b",
			"/api/partners/a\\b", "/api/partners/a%5Cb", "/api/summits/%20", "/api/partners/%uD800", "/error",
			"/api/partners/..%2F..%2Fengine-rest/user" })
	void refusedAsProblemJson(String path) throws Exception {
		String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
				+ TestUsers.basic("sofia") + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
		int status = Integer.parseInt(response.substring(9, 12));
		assertThat(status).as(response).isBetween(400, 499);
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		if (response.toLowerCase().contains("transfer-encoding: chunked")) {
			body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
		}
		JsonNode problem = new ObjectMapper().readTree(body);
		assertThat(problem.path("status").asInt()).as(body).isEqualTo(status);
		assertThat(problem.path("detail").asText()).as(body).isNotBlank();
		assertThat(problem.path("errors").path(0).path("message").asText()).as(body).isNotBlank();
	}

	String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}

}
