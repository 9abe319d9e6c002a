package com.partnerlifecycle.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewRating;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.security.Roles;

/**
 * Spreadsheet exports for the buyer's people: {@code GET /api/partners.csv} (one row per
 * partner, the same filters as the search) and {@code GET /api/partners/{id}/reviews.csv}
 * (the partner's review history). Written page by page straight to the response, so a
 * large portfolio never sits in memory.
 */
@RestController
@Tag(name = "Exports", description = "Spreadsheets (CSV) for the buyer's people")
class ExportController {

	static final String TEXT_CSV = "text/csv;charset=UTF-8";

	private static final int PAGE = 500;

	/** A date and time a spreadsheet reads as one, in the business zone. */
	private static final java.time.format.DateTimeFormatter MEETING = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm");

	private final PartnerService partners;

	private final ReviewService reviews;

	private final BusinessTime time;

	private final Roles roles;

	ExportController(PartnerService partners, ReviewService reviews, BusinessTime time, Roles roles) {
		this.partners = partners;
		this.reviews = reviews;
		this.time = time;
		this.roles = roles;
	}

	@Operation(summary = "Export the partners as CSV (the search's filters)")
	@ApiResponse(responseCode = "200", description = "One row per partner", content = @Content(mediaType = "text/csv"))
	@GetMapping("/api/partners.csv")
	@Transactional(readOnly = true)
	public void partners(@RequestParam(required = false) Stage stage, @RequestParam(required = false) Mode mode,
			@RequestParam(required = false) @Size(max = 200, message = "must be at most 200 characters") String name,
			HttpServletResponse response) throws IOException {
		roles.requireBuyerSide("Exporting the partners");
		try (Writer out = open(response, "partners-" + time.today() + ".csv")) {
			Csv csv = new Csv(out).row("id", "name", "stage", "mode", "capabilities", "registered on", "last review",
					"last health", "next review due");
			Page<Partner> page;
			int number = 0;
			do {
				page = partners.search(stage, mode, name, PageRequest.of(number++, PAGE, Sort.by("name", "id")));
				for (Partner partner : page) {
					ReviewService.Standing standing = reviews.standing(partner.getId(),
							partner.getStage() == Stage.ACTIVE);
					csv.row(partner.getId(), partner.getName(), partner.getStage(), partner.getMode(),
							String.join("; ", partner.getCapabilities()),
							partner.getRegisteredAt().atZone(time.zone()).toLocalDate(),
							standing.lastRated() == null ? null : standing.lastRated().getNumber(),
							standing.lastHealth(), standing.nextDue());
				}
			}
			while (page.hasNext());
		}
	}

	@Operation(summary = "Export a partner's review history as CSV")
	@ApiResponse(responseCode = "200", description = "One row per review", content = @Content(mediaType = "text/csv"))
	@GetMapping("/api/partners/{id}/reviews.csv")
	@Transactional(readOnly = true)
	public void reviews(@PathVariable @Size(max = 60, message = "must be at most 60 characters") String id,
			HttpServletResponse response) throws IOException {
		roles.requireBuyerSide("Exporting a partner's reviews");
		Partner partner = partners.get(id);
		try (Writer out = open(response, "reviews-" + partner.getId() + ".csv")) {
			Csv csv = new Csv(out).row("partner", "review", "due", "status", "meeting", "our average rating",
					"partner's average rating", "value we received", "value the partner received", "healthy",
					"mode after", "recommendation", "decision", "decision comment", "decided by", "decided on");
			for (Review review : reviews.history(partner.getId())) {
				List<ReviewRating> ratings = reviews.ratingsOf(review.getId());
				csv.row(partner.getName(), review.getNumber(), review.getDueDate(), review.getStatus(),
						review.getMeetingAt() == null ? null
								: MEETING.format(review.getMeetingAt().atZone(time.zone())),
						average(ratings, Side.BUYER), average(ratings, Side.PROVIDER), review.getBuyerValue(),
						review.getProviderValue(), review.getHealthy(), review.getModeAfter(),
						review.getRecommendation(), review.getDecision(), review.getDecisionComment(),
						review.getDecidedBy(),
						review.getDecidedAt() == null ? null : review.getDecidedAt().atZone(time.zone()).toLocalDate());
			}
		}
	}

	private static String average(List<ReviewRating> ratings, Side side) {
		return ratings.stream()
			.filter(r -> r.getSide() == side)
			.map(r -> String.format(java.util.Locale.ROOT, "%.2f", r.ratings().average()))
			.collect(Collectors.joining());
	}

	private static Writer open(HttpServletResponse response, String filename) throws IOException {
		response.setContentType(TEXT_CSV);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				(StandardCharsets.US_ASCII.newEncoder().canEncode(filename)
						? ContentDisposition.attachment().filename(filename)
						: ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8))
					.build()
					.toString());
		return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
	}

}
