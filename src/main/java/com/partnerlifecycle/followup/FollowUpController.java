package com.partnerlifecycle.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.apidoc.NeverAnswers;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.review.ReviewFollowUps;
import com.partnerlifecycle.security.Roles;

/**
 * {@code GET /api/partners/{id}/action-items?status=}: a partnership's action items, for
 * the buyer's people and the partner's own representatives. {@code status}: OPEN (not
 * done or dropped yet, blocked ones included), OVERDUE (open past the due date), BLOCKED,
 * DONE or CLOSED (dropped, or ended with the partnership); none: all.
 * {@code GET /api/action-items?mine=true}: the caller's own open items across partners; a
 * representative's are its partner's, with those of the partner's contacts (its group has
 * their tasks).
 */
@RestController
@Tag(name = "Action items", description = "Action items from review meetings")
class FollowUpController {

	enum StatusFilter {

		OPEN, OVERDUE, BLOCKED, DONE, CLOSED

	}

	private final ActionItemService actionItems;

	private final MinutesService minutes;

	private final PartnerService partners;

	private final Roles roles;

	FollowUpController(ActionItemService actionItems, MinutesService minutes, PartnerService partners, Roles roles) {
		this.actionItems = actionItems;
		this.minutes = minutes;
		this.partners = partners;
		this.roles = roles;
	}

	@Operation(summary = "List a partnership's action items, by status")
	@GetMapping(path = "/api/partners/{id}/action-items", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ReviewFollowUps.Item> ofPartner(
			@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
			@RequestParam(required = false) String status) {
		roles.requireMaySee(id);
		partners.get(id);
		Predicate<ActionItem> filter = filter(status, actionItems.today());
		return minutes.items(actionItems.ofPartner(id).stream().filter(filter).toList());
	}

	@Operation(summary = "List the caller's own open action items across partners")
	@NeverAnswers(403) // every signed-in user has a list of their own
	@GetMapping(path = "/api/action-items", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ReviewFollowUps.Item> mine(@RequestParam(required = false) String mine) {
		if (!"true".equals(mine)) {
			throw new InvalidInputException("mine", "must be true: this lists the caller's own open action items");
		}
		String userId = roles.userId();
		if (roles.isBuyerSide()) {
			return minutes.items(actionItems.openOwnedBy(userId, null));
		}
		return minutes.items(roles.representedPartners()
			.stream()
			.flatMap(partnerId -> actionItems.openOwnedBy(userId, partnerId).stream())
			.toList());
	}

	private static Predicate<ActionItem> filter(String status, LocalDate today) {
		if (status == null || status.isBlank()) {
			return item -> true;
		}
		StatusFilter wanted;
		try {
			wanted = StatusFilter.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "must be one of OPEN, OVERDUE, BLOCKED, DONE, CLOSED");
		}
		return switch (wanted) {
			case OPEN -> item -> item.getStatus().isOpen();
			case OVERDUE -> item -> item.isOverdue(today);
			case BLOCKED -> item -> item.getStatus() == ActionItemStatus.BLOCKED;
			case DONE -> item -> item.getStatus() == ActionItemStatus.DONE;
			case CLOSED -> item -> item.getStatus() == ActionItemStatus.CLOSED;
		};
	}

}
