package com.partnerlifecycle.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewDates;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ReviewStatus;
import com.partnerlifecycle.summit.SummitService;

/**
 * The portfolio at a glance: partners by stage and mode, reviews due soon or overdue,
 * partnerships whose health fell at their last review, consolidation candidates (active
 * partners providing the same capability, the weaker first; docs/rules.md "Portfolio:
 * consolidation candidates") and the last summit's outcome. Served by
 * {@code GET /api/portfolio} and shown by the Cockpit dashboard plugin.
 */
@Service
public class PortfolioService {

	static final int DUE_WITHIN_DAYS = 30;

	static final int MAX_ACTIVE = 1000;

	static final int MAX_CANDIDATES = 100;

	private final PartnerService partners;

	private final ReviewService reviews;

	private final ReviewDates reviewDates;

	private final BusinessTime time;

	private final SummitService summits;

	private final com.partnerlifecycle.followup.ActionItemService actionItems;

	private final com.partnerlifecycle.agreement.AgreementService agreements;

	public PortfolioService(PartnerService partners, ReviewService reviews, ReviewDates reviewDates, BusinessTime time,
			SummitService summits, com.partnerlifecycle.followup.ActionItemService actionItems,
			com.partnerlifecycle.agreement.AgreementService agreements) {
		this.actionItems = actionItems;
		this.agreements = agreements;
		this.partners = partners;
		this.reviews = reviews;
		this.reviewDates = reviewDates;
		this.time = time;
		this.summits = summits;
	}

	/**
	 * One partner in a list; {@code date} is ISO (yyyy-mm-dd) so any JSON mapper shows it
	 * as text.
	 */
	public record PartnerLine(String partnerId, String name, String processInstanceId, String detail, String date) {
	}

	public record Dashboard(Map<Stage, Long> byStage, Map<Mode, Long> activeByMode, List<PartnerLine> reviewsDueSoon,
			List<PartnerLine> overdueReviews, List<PartnerLine> healthFell,
			List<ConsolidationCandidate> consolidationCandidates, SummitService.Outcome lastSummit,
			List<PerceptionGapLine> largestPerceptionGaps, List<CommitmentLine> commitments) {
	}

	/**
	 * An active partner's widest perception gap at its last revealed review: the value,
	 * both ratings, the gap.
	 */
	public record PerceptionGapLine(String partnerId, String name, String processInstanceId, int review, String value,
			int buyer, int provider, int gap, boolean flagged) {
	}

	/**
	 * An active partner's action items: how many are overdue, and each side's reliability
	 * (percent, null: none due).
	 */
	public record CommitmentLine(String partnerId, String name, String processInstanceId, long open, long overdue,
			Integer buyerPercent, Integer providerPercent) {
	}

	/**
	 * An active partner's health at its last rated review: HEALTHY, UNHEALTHY or
	 * NOT_REVIEWED, and the lower of the two sides' average ratings (1-5) there.
	 */
	public record PartnerHealth(String partnerId, String name, String processInstanceId, Mode mode, String health,
			Double lowestAverageRating, Integer lastReview) {

		/**
		 * Weaker first: unhealthy, then not yet reviewed (unproven), then healthy; within
		 * each, the lower rating.
		 */
		static final Comparator<PartnerHealth> WEAKER_FIRST = Comparator
			.comparingInt((PartnerHealth h) -> switch (h.health()) {
				case "UNHEALTHY" -> 0;
				case "NOT_REVIEWED" -> 1;
				default -> 2;
			})
			.thenComparing(PartnerHealth::lowestAverageRating, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(PartnerHealth::name, String.CASE_INSENSITIVE_ORDER);

	}

	/**
	 * Two active partners that provide the same capabilities: the weaker one first, a
	 * candidate to consolidate.
	 */
	public record ConsolidationCandidate(List<String> sharedCapabilities, PartnerHealth weaker,
			PartnerHealth stronger) {
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard() {
		Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			byStage.put(stage, partners.search(stage, null, null, PageRequest.of(0, 1)).getTotalElements());
		}
		Map<Mode, Long> byMode = new EnumMap<>(Mode.class);
		List<PartnerLine> dueSoon = new ArrayList<>();
		List<PartnerLine> overdue = new ArrayList<>();
		List<PartnerLine> fell = new ArrayList<>();
		List<Partner> active = partners.search(Stage.ACTIVE, null, null, PageRequest.of(0, MAX_ACTIVE)).getContent();
		Map<String, PartnerHealth> health = new java.util.HashMap<>();
		LocalDate today = time.today();
		List<PerceptionGapLine> gaps = new ArrayList<>();
		List<CommitmentLine> commitments = new ArrayList<>();
		// every record of the active partnerships in one read per kind, not one per
		// partner
		List<String> ids = active.stream().map(Partner::getId).toList();
		Map<String, List<Review>> histories = reviews.histories(ids);
		Map<String, com.partnerlifecycle.agreement.Agreement> agreementOf = agreements.ofPartners(ids);
		Map<String, List<com.partnerlifecycle.followup.ActionItem>> itemsOf = actionItems.ofPartners(ids);
		Map<Long, List<com.partnerlifecycle.review.ReviewRating>> ratingsOf = reviews
			.ratingsOf(histories.values().stream().flatMap(List::stream).toList());
		for (Partner partner : active) {
			byMode.merge(partner.getMode(), 1L, Long::sum);
			List<Review> history = histories.get(partner.getId());
			Review open = history.stream()
				.filter(r -> r.getStatus() == ReviewStatus.OPEN || r.getStatus() == ReviewStatus.SCHEDULED
						|| r.getStatus() == ReviewStatus.RATED)
				.findFirst()
				.orElse(null);
			LocalDate nextDue = open != null ? open.getDueDate()
					: reviewDates.nextDueDate(agreementOf(agreementOf, partner), history.isEmpty()
							? java.util.Optional.empty() : java.util.Optional.of(history.get(history.size() - 1)));
			if (open != null && reviewDates.decisionDueOf(open).toInstant().isBefore(time.now())) {
				overdue.add(line(partner, "Review " + open.getNumber() + " has no decision", nextDue));
			}
			else if (!nextDue.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
				dueSoon.add(line(partner, "Review " + (open != null ? open.getNumber() : history.size() + 1) + " due",
						nextDue));
			}
			history.stream()
				.filter(Review::isRevealed)
				.reduce((first, second) -> second)
				.flatMap(last -> reviews.perceptionGaps(ratingsOf.get(last.getId()))
					.stream()
					.max(Comparator.comparingInt(com.partnerlifecycle.review.PerceptionGap::gap))
					.map(gap -> new PerceptionGapLine(partner.getId(), partner.getName(),
							partner.getProcessInstanceId(), last.getNumber(), gap.value().label(), gap.buyer(),
							gap.provider(), gap.gap(), gap.flagged())))
				.ifPresent(gaps::add);
			var items = itemsOf.get(partner.getId());
			if (!items.isEmpty()) {
				var reliability = actionItems.reliability(items);
				commitments.add(new CommitmentLine(partner.getId(), partner.getName(), partner.getProcessInstanceId(),
						items.stream().filter(i -> i.getStatus().isOpen()).count(),
						items.stream().filter(i -> i.isOverdue(today)).count(),
						reliability.get(com.partnerlifecycle.common.Side.BUYER).percent(),
						reliability.get(com.partnerlifecycle.common.Side.PROVIDER).percent()));
			}
			List<Review> rated = history.stream().filter(r -> r.getHealthy() != null).toList();
			health.put(partner.getId(), health(partner, rated, ratingsOf));
			if (rated.size() >= 2 && rated.get(rated.size() - 2).getHealthy()
					&& !rated.get(rated.size() - 1).getHealthy()) {
				fell.add(line(
						partner, "Healthy at review " + rated.get(rated.size() - 2).getNumber()
								+ ", unhealthy at review " + rated.get(rated.size() - 1).getNumber(),
						rated.get(rated.size() - 1).getDueDate()));
			}
		}
		dueSoon.sort(Comparator.comparing(PartnerLine::date));
		overdue.sort(Comparator.comparing(PartnerLine::date));
		gaps.sort(Comparator.comparingInt(PerceptionGapLine::gap).reversed().thenComparing(PerceptionGapLine::name));
		commitments
			.sort(Comparator.comparingLong(CommitmentLine::overdue).reversed().thenComparing(CommitmentLine::name));
		return new Dashboard(byStage, byMode, dueSoon, overdue, fell, consolidationCandidates(active, health),
				summits.latest().map(s -> summits.outcome(s.getId())).orElse(null),
				gaps.size() > MAX_CANDIDATES ? gaps.subList(0, MAX_CANDIDATES) : gaps,
				commitments.size() > MAX_CANDIDATES ? commitments.subList(0, MAX_CANDIDATES) : commitments);
	}

	private static com.partnerlifecycle.agreement.Agreement agreementOf(
			Map<String, com.partnerlifecycle.agreement.Agreement> agreements, Partner partner) {
		var agreement = agreements.get(partner.getId());
		if (agreement == null) {
			throw new com.partnerlifecycle.common.NotFoundException("agreement for partner", partner.getId());
		}
		return agreement;
	}

	private PartnerHealth health(Partner partner, List<Review> rated,
			Map<Long, List<com.partnerlifecycle.review.ReviewRating>> ratingsOf) {
		if (rated.isEmpty()) {
			return new PartnerHealth(partner.getId(), partner.getName(), partner.getProcessInstanceId(),
					partner.getMode(), "NOT_REVIEWED", null, null);
		}
		Review last = rated.get(rated.size() - 1);
		Double lowest = ratingsOf.get(last.getId())
			.stream()
			.map(r -> r.ratings().average())
			.min(Double::compare)
			.orElse(null);
		return new PartnerHealth(partner.getId(), partner.getName(), partner.getProcessInstanceId(), partner.getMode(),
				last.getHealthy() ? "HEALTHY" : "UNHEALTHY", lowest, last.getNumber());
	}

	/**
	 * Every pair of active partners sharing a capability, the pair with the weakest
	 * partner first.
	 */
	static List<ConsolidationCandidate> consolidationCandidates(List<Partner> active,
			Map<String, PartnerHealth> health) {
		List<ConsolidationCandidate> candidates = new ArrayList<>();
		for (int i = 0; i < active.size(); i++) {
			for (int j = i + 1; j < active.size(); j++) {
				List<String> shared = active.get(i)
					.getCapabilities()
					.stream()
					.filter(active.get(j).getCapabilities()::contains)
					.toList();
				if (!shared.isEmpty()) {
					PartnerHealth a = health.get(active.get(i).getId());
					PartnerHealth b = health.get(active.get(j).getId());
					boolean aWeaker = PartnerHealth.WEAKER_FIRST.compare(a, b) <= 0;
					candidates.add(new ConsolidationCandidate(shared, aWeaker ? a : b, aWeaker ? b : a));
				}
			}
		}
		candidates.sort(Comparator.comparing(ConsolidationCandidate::weaker, PartnerHealth.WEAKER_FIRST)
			.thenComparing(ConsolidationCandidate::stronger, PartnerHealth.WEAKER_FIRST));
		return candidates.size() > MAX_CANDIDATES ? candidates.subList(0, MAX_CANDIDATES) : candidates;
	}

	private static PartnerLine line(Partner partner, String detail, LocalDate date) {
		return new PartnerLine(partner.getId(), partner.getName(), partner.getProcessInstanceId(), detail,
				date.toString());
	}

}
