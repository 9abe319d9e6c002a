package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.demo.ProcessDriver;

/**
 * The demo shows its partner contacts' links, which it cannot mail without a mail server:
 * to the admin only, here the link of a contact who takes part in a review meeting to
 * rate, one that opens the landing page.
 */
@WebAppTest
class DemoPartnerLinksTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessDriver driver;

	final HttpClient http = HttpClient.newHttpClient();

	@org.junit.jupiter.api.AfterEach
	void resetClock() {
		driver.resetClock();
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	com.partnerlifecycle.contact.PartnerContacts contacts;

	@Test
	void shouldShowTheDemoContactsLinksToTheAdminOnly() throws Exception {
		// a partner's contact takes part in a review meeting (earlier web tests may have
		// done Fabrikam's own task)
		com.partnerlifecycle.Lifecycles lifecycles = new com.partnerlifecycle.Lifecycles(context);
		String partnerId = lifecycles.active();
		String address = "jo-" + java.util.UUID.randomUUID() + "@provider.example";
		driver.asUser("sofia", () -> contacts.add(partnerId,
				new com.partnerlifecycle.contact.PartnerContacts.Input("Jo Partner", address, null)));
		lifecycles.untilNextReviewStarts(partnerId);
		driver.complete(partnerId, com.partnerlifecycle.review.ReviewProcess.SCHEDULE_MEETING, "sofia",
				com.partnerlifecycle.demo.FormValues.scheduleReviewMeeting(lifecycles.now()
					.plus(java.time.Duration.ofDays(7))
					.atOffset(java.time.ZoneOffset.UTC)
					.toString(), "erik", "Jo Partner", address));
		driver.executeDueJobs(partnerId); // the invitations, then the link's mail job
											// (the job executor is off here)

		HttpResponse<String> admin = get("admin", "admin");
		assertThat(admin.statusCode()).isEqualTo(200);
		JsonNode links = new ObjectMapper().readTree(admin.body());
		JsonNode alex = null;
		for (JsonNode link : links) {
			if (link.path("to").asText().equals(address)
					&& link.path("subject").asText().startsWith("Rate the partnership (partner's side)")) {
				alex = link;
			}
		}
		assertThat(alex).as(admin.body()).isNotNull();
		String url = alex.path("link").asText();
		assertThat(url).matches("http://localhost:" + port + "/partner-access/[A-Za-z0-9_-]{43}");
		HttpResponse<String> landing = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(landing.body()).contains("Continue");

		for (String user : new String[] { "sofia", "erik", "paula" }) {
			assertThat(get(user, "demo").statusCode()).as(user).isEqualTo(403);
		}
	}

	private HttpResponse<String> get(String user, String password) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/demo/partner-links"))
			.header(TestUsers.AUTHORIZATION, TestUsers.basic(user, password))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
