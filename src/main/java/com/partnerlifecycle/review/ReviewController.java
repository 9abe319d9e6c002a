package com.partnerlifecycle.review;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.common.Side;

/**
 * {@code GET /api/partners/{id}/reviews/{number}}: one review, blind until the reveal ({@link ReviewReadModel}); the
 * buyer's people get the buyer's copy, the partner's representatives the partner's.
 * {@code PUT /api/partners/{id}/reviews/{number}/meeting}: moves a scheduled review meeting. Its reminder and
 * overdue timers follow it, and every participant gets the updated calendar entry.
 */
@RestController
@Tag(name = "Reviews", description = "Business reviews of a partnership")
class ReviewController {

	private final ReviewService reviews;

	private final com.partnerlifecycle.security.Roles roles;

	private final ReviewReadModel readModel;

	ReviewController(ReviewService reviews, com.partnerlifecycle.security.Roles roles, ReviewReadModel readModel) {
		this.reviews = reviews;
		this.roles = roles;
		this.readModel = readModel;
	}

	/** Who may see the partner (its record) may see its reviews: the buyer's people, the partner's representatives. */
	@Operation(summary = "Read one business review (each side's ratings hidden from the other until the reveal)")
	@GetMapping(path = "/api/partners/{id}/reviews/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	ReviewReadModel.ReviewDetails get(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
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
		roles.requireAnyOf("Moving a review meeting", com.partnerlifecycle.config.Groups.SOURCING_MANAGERS);
		Review review = reviews.reschedule(id, number, request.meetingDate().toInstant(), request.durationMinutes());
		return new MeetingView(review.getNumber(), review.getMeetingAt(), review.getMeetingMinutes(),
				review.getInvitationSequence());
	}

	record MeetingRequest(@NotNull(message = "is required, e.g. 2026-12-01T14:00:00+01:00") OffsetDateTime meetingDate,
			@NotNull(message = "is required") @Min(value = 15, message = "must be between 15 and 480") @Max(value = 480, message = "must be between 15 and 480") Integer durationMinutes) {
	}

	record MeetingView(int number, Instant meetingAt, int durationMinutes, int invitationSequence) {
	}

}
