package com.partnerlifecycle.reminder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.ProcessDriver;

/**
 * With no mail server configured reminders are still recorded and shown; moving a meeting
 * validates its input.
 */
@LifecycleTest
class ReminderApiTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	MockMvc mvc;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	ResultActions move(String body) throws Exception {
		return mvc
			.perform(put("/api/partners/{id}/reviews/1/meeting", partnerId).contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	String inDays(int days) {
		return lifecycles.now().plus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC).toString();
	}

	@Test
	void shouldRecordAndShowRemindersWithoutAMailServer() throws Exception {
		lifecycles.scheduleMeeting(partnerId);

		mvc.perform(get("/api/partners/{id}/reminders", partnerId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.kind == 'INVITATION')].recipientEmail",
					org.hamcrest.Matchers.containsInAnyOrder("erik@buyer.example", "pat@provider.example")))
			.andExpect(jsonPath("$.content[?(@.kind == 'SCHEDULE')].recipientEmail",
					org.hamcrest.Matchers.hasItems("sofia@buyer.example", "samuel@buyer.example")))
			.andExpect(jsonPath("$.content[*].status", everyItem(is("SENT"))))
			.andExpect(jsonPath("$.content[*].channel", everyItem(is("LOG"))))
			.andExpect(jsonPath("$.content[0].kind").value("INVITATION"))
			.andExpect(jsonPath("$.content[0].sentAt").isNotEmpty());
	}

	@Test
	void shouldAnswer404ForTheRemindersOfAnUnknownPartner() throws Exception {
		mvc.perform(get("/api/partners/{id}/reminders", "nobody")).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@CsvSource({ "size, 0", "size, 201", "page, -1" })
	void shouldRefuseBadPaging(String parameter, String value) throws Exception {
		mvc.perform(get("/api/partners/{id}/reminders", partnerId).param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(parameter));
	}

	@Test
	void shouldRefuseToMoveAMeetingThatIsNotScheduledYet() throws Exception {
		move("{\"meetingDate\":\"" + inDays(9) + "\",\"durationMinutes\":60}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("only a scheduled meeting can move")));
	}

	@Test
	void shouldRefuseToMoveAMeetingIntoThePast() throws Exception {
		lifecycles.scheduleMeeting(partnerId);

		move("{\"meetingDate\":\"" + inDays(-1) + "\",\"durationMinutes\":60}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("meetingDate"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "{\"durationMinutes\":60}|meetingDate",
					"{\"meetingDate\":\"tomorrow\",\"durationMinutes\":60}|meetingDate",
					"{\"meetingDate\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":5}|durationMinutes",
					"{\"meetingDate\":\"2030-01-01T10:00:00Z\"}|durationMinutes" })
	void shouldRefuseBadMeetingInput(String body, String field) throws Exception {
		lifecycles.scheduleMeeting(partnerId);

		move(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
	}

	@Test
	void shouldAnswer404ForAReviewThatDoesNotExist() throws Exception {
		mvc.perform(put("/api/partners/{id}/reviews/7/meeting", partnerId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"meetingDate\":\"" + inDays(9) + "\",\"durationMinutes\":60}"))
			.andExpect(status().isNotFound());
	}

}
