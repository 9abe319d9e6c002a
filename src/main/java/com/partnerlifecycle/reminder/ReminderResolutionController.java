package com.partnerlifecycle.reminder;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.security.Roles;

/**
 * {@code POST /api/reminders/{key}/resolution}: the operator's answer to a "may have been
 * sent" incident, by the reminder's key (the incident names it; it is the mail's
 * Message-ID and the key in the reminders list).
 */
@RestController
@Tag(name = "Reminders", description = "The reminders recorded for a partner")
class ReminderResolutionController {

	static final int MAX_NOTE = 2000;

	private final ReminderResolutions resolutions;

	private final Roles roles;

	ReminderResolutionController(ReminderResolutions resolutions, Roles roles) {
		this.resolutions = resolutions;
		this.roles = roles;
	}

	/**
	 * {@code status}: SENT (it reached its recipient) or PENDING (it did not: send it);
	 * {@code note}: why.
	 */
	record Request(@Schema(allowableValues = {
			"SENT", "PENDING" }, requiredMode = Schema.RequiredMode.REQUIRED) String status,
			@Schema(maxLength = MAX_NOTE, requiredMode = Schema.RequiredMode.REQUIRED) String note){
	}

	/**
	 * What was recorded; whether the send step's job runs again, or which rows of its
	 * batch still wait.
	 */
	record Response(String key, ReminderStatus status, ReminderController.ResolutionView resolution,
			List<String> jobIds, boolean jobRetried, List<String> stillToResolve, String next) {
	}

	@Operation(summary = "Resolve a reminder that may have been sent (camunda-admin): SENT or PENDING with a note; "
			+ "its send step runs again once no reminder of its mail is left SENDING")
	@PostMapping(path = "/api/reminders/{key}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Response resolve(@PathVariable String key, @RequestBody(required = false) Request request) {
		// the role before the body: others learn nothing about what would be accepted
		roles.requireAnyOf("Resolving a reminder that may have been sent", Groups.CAMUNDA_ADMIN);
		ReminderResolution.Outcome outcome = outcome(request == null ? null : request.status());
		String note = note(request == null ? null : request.note());
		ReminderResolutions.Resolved resolved = resolutions.resolve(key, outcome, note, roles.userId());
		return new Response(resolved.reminder().getKey(), resolved.reminder().getStatus(),
				ReminderController.ResolutionView.of(resolved.resolution()), resolved.jobIds(), resolved.jobRetried(),
				resolved.stillToResolve(), next(resolved));
	}

	private static ReminderResolution.Outcome outcome(String status) {
		if (status == null || status.isBlank()) {
			throw new InvalidInputException("status",
					"is required: SENT (it reached its recipient) or PENDING (it did not: send it)");
		}
		try {
			return ReminderResolution.Outcome.valueOf(status.strip());
		}
		catch (IllegalArgumentException notOneOfThem) {
			throw new InvalidInputException("status", "must be SENT or PENDING, was '"
					+ (status.length() > 40 ? status.substring(0, 40) + "…" : status) + "'");
		}
	}

	private static String note(String note) {
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note",
					"is required: what you checked, e.g. \"found in the recipient's mailbox\"");
		}
		String stripped = note.strip();
		if (stripped.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "must be at most " + MAX_NOTE + " characters");
		}
		return stripped;
	}

	private static String next(ReminderResolutions.Resolved resolved) {
		if (resolved.jobRetried()) {
			return "its send step runs again: it skips the reminders sent and sends those still pending";
		}
		if (!resolved.stillToResolve().isEmpty()) {
			return "its send step runs again once the other reminders of its mail left SENDING are resolved too";
		}
		return "no failed job of its send step was found: nothing to retry";
	}

}
