package com.partnerlifecycle.reminder;

/**
 * One mail to one recipient: plain text and HTML, and an optional iCalendar part
 * ({@code calendarMethod} REQUEST or CANCEL). {@code messageId} is the reminder's key.
 */
public record OutgoingMail(String messageId, String to, String toName, String subject, String text, String html,
		String calendar, String calendarMethod) {
}
