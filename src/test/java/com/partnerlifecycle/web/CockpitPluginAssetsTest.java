package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit loads a plugin's script and its stylesheet: both are served (the stylesheet
 * answered 404 and showed as a failing request in every Cockpit page's console).
 */
@WebAppTest
class CockpitPluginAssetsTest {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "plugin.js, javascript", "plugin.css, text/css" })
	void shouldServeThePartnershipsPluginsFiles(String file, String type) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + port + "/camunda/api/cockpit/plugin/partnerships/static/app/" + file))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains(type));
		assertThat(response.body()).contains("partnerships");
	}

}
