package com.partnerlifecycle.review;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;

/**
 * {@code GET /api/partners/{id}/reviews/{number}}: one review, blind until the reveal
 * ({@link ReviewReadModel}); the buyer's people get the buyer's copy, the partner's
 * representatives the partner's. {@code PUT /api/partners/{id}/reviews/{number}/meeting}:
 * moves a scheduled review meeting. Its reminder and overdue timers follow it, and every
 * participant gets the updated calendar entry.
 */
@RestController
@Tag(name = "Reviews", description = "Business reviews of a partnership")
class ReviewController {

	/**
	 * The JSON field of the meeting's length (its {@code meetingDurationMinutes}), in the
	 * request and the answer.
	 */
	static final String DURATION_MINUTES = "durationMinutes";

	private final ReviewMeetingMoves meetingMoves;

	private final com.partnerlifecycle.security.Roles roles;

	private final ReviewReadModel readModel;

	ReviewController(ReviewMeetingMoves meetingMoves, com.partnerlifecycle.security.Roles roles,
			ReviewReadModel readModel) {
		this.meetingMoves = meetingMoves;
		this.roles = roles;
		this.readModel = readModel;
	}

	/**
	 * Who may see the partner (its record) may see its reviews: the buyer's people, the
	 * partner's representatives.
	 */
	@Operation(summary = "Read one business review (each side's ratings hidden from the other until the reveal)")
	@GetMapping(path = "/api/partners/{id}/reviews/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewReadModel.ReviewDetails get(
			@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
			@PathVariable @Min(value = 1, message = "must be a whole number from 1 on") int number) {
		roles.requireMaySee(id);
		return readModel.of(id, number, roles.isBuyerSide() ? Side.BUYER : Side.PROVIDER);
	}

	@Operation(summary = "Move a scheduled review meeting (participants get the updated invitation)")
	@PutMapping(path = "/api/partners/{id}/reviews/{number}/meeting", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	MeetingView move(@PathVariable String id,
			@PathVariable @Min(value = 1, message = "must be a whole number from 1 on") int number,
			@Valid @RequestBody MeetingRequest request) {
		roles.requireAnyOf("Moving a review meeting", com.partnerlifecycle.common.Groups.SOURCING_MANAGERS);
		Review review = meetingMoves.reschedule(id, number, request.meetingDate().toInstant(),
				request.meetingDurationMinutes());
		return new MeetingView(review.getNumber(), review.getMeetingAt(), review.getMeetingDurationMinutes(),
				review.getInvitationSequence());
	}

	/**
	 * The length is refused here, by {@link MeetingRules} under its JSON name (Bean
	 * Validation would name the Java component); what the API description says of it is
	 * the rule's bounds too.
	 */
	record MeetingRequest(@NotNull(message = "is required, e.g. 2026-12-01T14:00:00+01:00") OffsetDateTime meetingDate,
			@JsonProperty(DURATION_MINUTES) @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					minimum = "" + MeetingRules.MIN_DURATION_MINUTES,
					maximum = "" + MeetingRules.MAX_DURATION_MINUTES) Integer meetingDurationMinutes) {

		MeetingRequest {
			if (meetingDurationMinutes == null) {
				throw new InvalidInputException(DURATION_MINUTES, "is required");
			}
			MeetingRules.requireDuration(DURATION_MINUTES, meetingDurationMinutes);
		}
	}

	record MeetingView(int number, Instant meetingAt, @JsonProperty(DURATION_MINUTES) int meetingDurationMinutes,
			int invitationSequence) {
	}

}
