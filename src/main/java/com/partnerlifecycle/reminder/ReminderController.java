package com.partnerlifecycle.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.security.PartnerGroupDirectory;

/**
 * {@code GET /api/partners/{id}/reminders}: every reminder recorded for a partner, newest
 * first, with its status and its resolutions ({@link ReminderResolutionController}).
 */
@RestController
@Tag(name = "Reminders", description = "The reminders recorded for a partner")
class ReminderController {

	private final ReminderRepository reminders;

	private final PartnerGroupDirectory partners;

	private final com.partnerlifecycle.security.Roles roles;

	private final ReminderResolutionRepository resolutions;

	ReminderController(ReminderRepository reminders, PartnerGroupDirectory partners,
			com.partnerlifecycle.security.Roles roles, ReminderResolutionRepository resolutions) {
		this.resolutions = resolutions;
		this.reminders = reminders;
		this.partners = partners;
		this.roles = roles;
	}

	@Operation(summary = "List the reminders recorded for a partner, newest first, with their status")
	@GetMapping(path = "/api/partners/{id}/reminders", produces = MediaType.APPLICATION_JSON_VALUE)
	ReminderPage list(@PathVariable String id,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be between 0 and 10000") @Max(
					value = 10000, message = "must be between 0 and 10000") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200,
					message = "must be between 1 and 200") int size) {
		roles.requireBuyerSide("Reading the reminders");
		partners.of(id); // an unknown partner: 404
		Page<Reminder> result = reminders.findByPartnerIdOrderByCreatedAtDescIdDesc(id, PageRequest.of(page, size));
		// the page's resolutions in one query, not one per reminder
		Map<Long, List<ResolutionView>> resolved = result.isEmpty() ? Map.of()
				: resolutions.findByReminderIds(result.map(Reminder::getId).getContent())
					.stream()
					.collect(Collectors.groupingBy(ReminderResolution::getReminderId,
							Collectors.mapping(ResolutionView::of, Collectors.toList())));
		return new ReminderPage(result
			.map(r -> new ReminderView(r.getKey(), r.getKind(), r.getSequence(), r.getRecipientName(),
					r.getRecipientEmail(), r.getSubject(), r.getStatus(), r.getChannel(), r.getAttempts(),
					r.getLastError(), r.getCreatedAt(), r.getSentAt(), resolved.getOrDefault(r.getId(), List.of())))
			.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
	}

	/**
	 * {@code resolutions}: what operators answered when it "may have been sent", oldest
	 * first; mostly none.
	 */
	record ReminderView(String key, ReminderKind kind, int sequence, String recipientName, String recipientEmail,
			String subject, ReminderStatus status, String channel, int attempts, String lastError, Instant createdAt,
			Instant sentAt, List<ResolutionView> resolutions) {
	}

	/**
	 * One resolution: the status chosen, the note, who and when, and the SENDING mark it
	 * resolved.
	 */
	record ResolutionView(ReminderResolution.Outcome status, String note, String resolvedBy, Instant resolvedAt,
			Instant sendingAt) {

		static ResolutionView of(ReminderResolution resolution) {
			return new ResolutionView(resolution.getStatus(), resolution.getNote(), resolution.getResolvedBy(),
					resolution.getResolvedAt(), resolution.getSendingAt());
		}
	}

	record ReminderPage(List<ReminderView> content, int page, int size, long totalElements) {
	}

}
