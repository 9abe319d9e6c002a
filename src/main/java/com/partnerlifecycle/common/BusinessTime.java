package com.partnerlifecycle.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's clock and business calendar. It reads the engine's clock, so records
 * and timers agree when a test or the demo data moves time; dates begin and end in the
 * configured zone.
 */
@Component("deadlines")
public class BusinessTime {

	private final ZoneId zone;

	public BusinessTime(@Value("${partnership.zone:UTC}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), zone);
	}

	public ZoneId zone() {
		return zone;
	}

	/**
	 * The first instant after the given day, in the business zone: a pilot ending on a
	 * day runs all that day.
	 */
	public Date endOf(LocalDate day) {
		return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
	}

	public Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(zone).toInstant());
	}

	/**
	 * Due date for a user task, from BPMN:
	 * {@code camunda:dueDate="${deadlines.fromNow('P14D')}"}.
	 */
	public Date fromNow(String isoDuration) {
		return Date.from(plus(now(), isoDuration));
	}

	/**
	 * The given duration after the end of a day, e.g. the assessment deadline after a
	 * pilot's last day.
	 */
	public Date after(LocalDate day, String isoDuration) {
		return Date.from(plus(endOf(day).toInstant(), isoDuration));
	}

	/** A moment as people read it, in the business zone: "Tue 1 Dec 2026, 14:00 UTC". */
	public String display(Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", java.util.Locale.ENGLISH)
			.format(instant.atZone(zone));
	}

	/**
	 * Adds an ISO-8601 duration: calendar periods (P6M, P14D) in the business zone, times
	 * (PT2H) exactly.
	 */
	public Instant plus(Instant start, String isoDuration) {
		try {
			return isoDuration.contains("T") ? start.plus(Duration.parse(isoDuration))
					: start.atZone(zone).plus(Period.parse(isoDuration)).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Not an ISO-8601 duration: " + isoDuration, e);
		}
	}

}
