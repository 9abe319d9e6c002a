package com.partnerlifecycle.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How reminders are retried ({@code partnership.reminders.*}); read by the BPMN send steps as
 * {@code ${reminderSettings.retryCycle}}.
 */
@Component("reminderSettings")
@ConfigurationProperties("partnership.reminders")
public class ReminderSettings {

	/**
	 * The engine's retry cycle for a send step whose mail server does not accept the mail: after the last retry the
	 * step becomes an incident in Cockpit. Default R5/PT5M: five retries, five minutes apart.
	 */
	private String retryCycle = "R5/PT5M";

	public String getRetryCycle() {
		return retryCycle;
	}

	public void setRetryCycle(String retryCycle) {
		this.retryCycle = retryCycle;
	}

}
