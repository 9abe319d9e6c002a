package com.partnerlifecycle.reminder;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A meeting (a review, a summit) as an iCalendar object (RFC 5545) built with ical4j: one
 * VEVENT whose UID is stable per meeting, so a moved meeting is an update (same UID,
 * higher SEQUENCE) and a cancelled one a METHOD:CANCEL.
 */
public final class CalendarInvites {

	public static final String REQUEST = "REQUEST";

	public static final String CANCEL = "CANCEL";

	private CalendarInvites() {
	}

	public record Meeting(String uid, int sequence, String summary, String description, Instant start, Instant end,
			ReminderBatch.Recipient organizer, List<ReminderBatch.Recipient> attendees, String location) {

		public Meeting(String uid, int sequence, String summary, String description, Instant start, Instant end,
				ReminderBatch.Recipient organizer, List<ReminderBatch.Recipient> attendees) {
			this(uid, sequence, summary, description, start, end, organizer, attendees, null);
		}
	}

	public static String request(Meeting meeting, Instant now) {
		return build(meeting, REQUEST, now);
	}

	public static String cancel(Meeting meeting, Instant now) {
		return build(meeting, CANCEL, now);
	}

	private static String build(Meeting meeting, String method, Instant now) {
		VEvent event = new VEvent(meeting.start(), meeting.end(), meeting.summary());
		event.add(new Uid(meeting.uid()));
		event.add(new Sequence(meeting.sequence()));
		event.add(new DtStamp(now));
		event.add(new Description(meeting.description()));
		if (meeting.location() != null) {
			event.add(new Location(meeting.location()));
		}
		event.add(CANCEL.equals(method) ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
		Organizer organizer = new Organizer(mailto(meeting.organizer().email()));
		organizer.add(new Cn(meeting.organizer().name()));
		event.add(organizer);
		for (ReminderBatch.Recipient person : meeting.attendees()) {
			Attendee attendee = new Attendee(mailto(person.email()));
			if (person.name() != null) {
				attendee.add(new Cn(person.name()));
			}
			attendee.add(Role.REQ_PARTICIPANT);
			attendee.add(PartStat.NEEDS_ACTION);
			attendee.add(Rsvp.TRUE);
			event.add(attendee);
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Partnership Lifecycle//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(method));
		calendar.add(event);
		return calendar.toString();
	}

	private static URI mailto(String email) {
		return URI.create("mailto:" + email.strip());
	}

}
