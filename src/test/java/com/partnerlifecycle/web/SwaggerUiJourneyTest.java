package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI in a real browser, as a person signed in with the API's HTTP Basic: the page
 * renders the description under the product's security headers (its CSP allows the UI's
 * own files only), with no failing request and no script error in the console.
 */
@WebAppTest
class SwaggerUiJourneyTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser("http://localhost:" + port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void shouldShowTheApiDescriptionToASignedInUser() {
		// what a person types into the Basic dialog, given once in an address: the
		// browser answers the realm's
		// later challenges with it (Chromium loads none of the files of a page whose own
		// address holds credentials)
		browser.driver.get("http://sofia:demo@localhost:" + port + "/api/openapi.json");
		browser.open("/swagger-ui/index.html");

		browser.waitForText(By.cssSelector(".swagger-ui .info"), "Partnership Lifecycle API");
		browser.waitForText(By.cssSelector(".swagger-ui"), "Register a candidate partner");
		String page = browser.driver.findElement(By.cssSelector(".swagger-ui")).getText();
		assertThat(page).contains("Partners", "Contacts", "Summits", "Authorize");
		browser.screenshot("30-swagger-ui");
		assertThat(browser.consoleErrors()).as("no failing request, no script error, nothing refused by the CSP")
			.isEmpty();
	}

	/**
	 * However the path is spelt (encoded, with ;parameters), what the server routes to
	 * the API needs the login.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/openapi.json", "/%61pi/openapi.json", "/api;x=1/openapi.json", "/%61pi/partners",
			"/swagger-ui/index.html", "/swagger%2Dui/index.html", "/swagger-ui;x=1/index.html" })
	void shouldAskForALoginHoweverThePathIsSpelt(String path) throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
	}

}
