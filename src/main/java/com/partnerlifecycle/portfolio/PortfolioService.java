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
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ReviewStatus;

/**
 * The portfolio at a glance (DESIGN.md "Portfolio view"): partners by stage and mode, reviews due soon or overdue,
 * and partnerships whose health fell at their last review. Shown by the Cockpit dashboard plugin.
 */
@Service
public class PortfolioService {

	static final int DUE_WITHIN_DAYS = 30;

	static final int MAX_ACTIVE = 1000;

	private final PartnerService partners;

	private final ReviewService reviews;

	private final BusinessTime time;

	public PortfolioService(PartnerService partners, ReviewService reviews, BusinessTime time) {
		this.partners = partners;
		this.reviews = reviews;
		this.time = time;
	}

	/** One partner in a list; {@code date} is ISO (yyyy-mm-dd) so any JSON mapper shows it as text. */
	public record PartnerLine(String partnerId, String name, String processInstanceId, String detail, String date) {
	}

	public record Dashboard(Map<Stage, Long> byStage, Map<Mode, Long> activeByMode, List<PartnerLine> reviewsDueSoon,
			List<PartnerLine> overdueReviews, List<PartnerLine> healthFell) {
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
		LocalDate today = time.today();
		for (Partner partner : partners.search(Stage.ACTIVE, null, null, PageRequest.of(0, MAX_ACTIVE)).getContent()) {
			byMode.merge(partner.getMode(), 1L, Long::sum);
			List<Review> history = reviews.history(partner.getId());
			Review open = history.stream()
				.filter(r -> r.getStatus() == ReviewStatus.OPEN || r.getStatus() == ReviewStatus.SCHEDULED
						|| r.getStatus() == ReviewStatus.RATED)
				.findFirst()
				.orElse(null);
			LocalDate nextDue = open != null ? open.getDueDate() : reviews.nextDueDate(partner.getId());
			if (open != null && reviews.decisionDue(open.getId()).toInstant().isBefore(time.now())) {
				overdue.add(line(partner, "Review " + open.getNumber() + " has no decision", nextDue));
			}
			else if (!nextDue.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
				dueSoon.add(line(partner, "Review " + (open != null ? open.getNumber() : history.size() + 1) + " due",
						nextDue));
			}
			List<Review> rated = history.stream().filter(r -> r.getHealthy() != null).toList();
			if (rated.size() >= 2 && rated.get(rated.size() - 2).getHealthy() && !rated.get(rated.size() - 1).getHealthy()) {
				fell.add(line(partner, "Healthy at review " + rated.get(rated.size() - 2).getNumber()
						+ ", unhealthy at review " + rated.get(rated.size() - 1).getNumber(), rated.get(rated.size() - 1).getDueDate()));
			}
		}
		dueSoon.sort(Comparator.comparing(PartnerLine::date));
		overdue.sort(Comparator.comparing(PartnerLine::date));
		return new Dashboard(byStage, byMode, dueSoon, overdue, fell);
	}

	private static PartnerLine line(Partner partner, String detail, LocalDate date) {
		return new PartnerLine(partner.getId(), partner.getName(), partner.getProcessInstanceId(), detail,
				date.toString());
	}

}
