package com.partnerlifecycle.reminder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * How reminders are retried ({@code partnership.reminders.*}); read by the BPMN send
 * steps as {@code ${reminderSettings.retryCycle}}. A cycle the engine could not read
 * stops the start with Spring Boot's binding error naming the property, not the first
 * failed mail.
 */
@Component("reminderSettings")
@Validated
@ConfigurationProperties("partnership.reminders")
public class ReminderSettings {

	private static final String DURATION = "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?";

	/**
	 * A repeating interval (R5/PT5M) or a list of durations (PT1M,PT5M,PT10M), ISO 8601
	 * as the engine reads it.
	 */
	static final String RETRY_CYCLE = "R\\d+/" + DURATION + "|" + DURATION + "(\\s*,\\s*" + DURATION + ")*";

	/**
	 * The engine's retry cycle for a send step whose mail server does not accept the
	 * mail: after the last retry the step becomes an incident in Cockpit. Default
	 * R5/PT5M: five retries, five minutes apart.
	 */
	@NotBlank
	@Pattern(regexp = RETRY_CYCLE,
			message = "must be a retry cycle such as R5/PT5M or PT1M,PT5M,PT10M, was '${validatedValue}'")
	private String retryCycle = "R5/PT5M";

	public String getRetryCycle() {
		return retryCycle;
	}

	public void setRetryCycle(String retryCycle) {
		this.retryCycle = retryCycle;
	}

}
