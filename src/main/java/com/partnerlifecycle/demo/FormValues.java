package com.partnerlifecycle.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person enters in each form, as the form submits it; for the demo data and the
 * process tests.
 */
public final class FormValues {

	private FormValues() {
	}

	public record PlannedPilot(String title, LocalDate endDate, String... criteria) {

		Map<String, Object> row() {
			return map("title", title, "endDate", endDate.toString(), "criteria", String.join("\n", criteria));
		}
	}

	public static Map<String, Object> planPilots(String buyerBenefits, String providerBenefits,
			PlannedPilot... pilots) {
		return map("pilots", Arrays.stream(pilots).map(PlannedPilot::row).toList(), "buyerBenefits", buyerBenefits,
				"providerBenefits", providerBenefits);
	}

	public static Map<String, Object> planAdditionalPilots(PlannedPilot... pilots) {
		return map("pilots", Arrays.stream(pilots).map(PlannedPilot::row).toList());
	}

	/**
	 * Ratings per criterion as the form's select submits them: "1" met, "0.5" partly met,
	 * "0" not met.
	 */
	public static Map<String, Object> pilotCompleted(List<String> criteria, List<String> ratings, int quality, int cost,
			int timeliness, String... outcomes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			rows.add(map("criterion", criteria.get(i), "rating", ratings.get(i)));
		}
		return map("pilotOutcome", "COMPLETED", "criteriaRatings", rows, "qualityScore", quality, "costScore", cost,
				"timelinessScore", timeliness, "deliveredOutcomes", String.join("\n", outcomes));
	}

	public static Map<String, Object> pilotAbandoned(String reason) {
		return map("pilotOutcome", "ABANDONED", "abandonReason", reason);
	}

	public static Map<String, Object> approvePilotResults() {
		return map("pilotReviewDecision", "APPROVE");
	}

	public static Map<String, Object> sendPilotResultsBack(String comment) {
		return map("pilotReviewDecision", "SEND_BACK", "pilotReviewComment", comment);
	}

	public record IntendedComponent(String name, String kind, double probability) {
	}

	public static Map<String, Object> evaluation(int successAgreed, int mutualUnderstanding, int sameTeam,
			IntendedComponent... components) {
		return map("vettingSuccessAgreed", successAgreed, "vettingMutualUnderstanding", mutualUnderstanding,
				"vettingSameTeam", sameTeam, "components",
				Arrays.stream(components)
					.map(c -> map("name", c.name(), "kind", c.kind(), "probability", c.probability()))
					.toList());
	}

	public static Map<String, Object> approveGate() {
		return map("gateApproval", "APPROVE");
	}

	public static Map<String, Object> approveGateAcknowledgingComplexity() {
		return map("gateApproval", "APPROVE", "complexityAcknowledged", true);
	}

	public static Map<String, Object> overrideGate(String decision, String reason) {
		return map("gateApproval", "OVERRIDE", "overrideDecision", decision, "overrideReason", reason,
				"complexityAcknowledged", true);
	}

	public static Map<String, Object> draftAgreement(LocalDate start, LocalDate end, String buyerSponsor,
			String providerSponsorName, String providerSponsorEmail) {
		return map("agreementBuyerBenefits", "Lower run costs and a faster path to new services",
				"agreementProviderBenefits", "A multi-year revenue base and a reference customer", "buyerSponsors",
				List.of(buyerSponsor), "providerSponsors",
				List.of(map("name", providerSponsorName, "email", providerSponsorEmail, "role", "Managing director")),
				"immediateExpectations", "Stable operations handed over within the first quarter",
				"downstreamExpectations", "Joint innovation proposals at every business review", "agreementStart",
				start.toString(), "agreementEnd", end.toString(), "noticePeriodDays", 90, "reviewCadence", "P6M");
	}

	public static Map<String, Object> signAgreement() {
		return map("signatureDecision", "SIGN");
	}

	public static Map<String, Object> returnAgreement(String comment) {
		return map("signatureDecision", "RETURN", "returnComment", comment);
	}

	public static Map<String, Object> scheduleReviewMeeting(String meetingAt, String buyerParticipant,
			String contactName, String contactEmail) {
		return map("meetingDate", meetingAt, "meetingDurationMinutes", 90, "buyerParticipants",
				List.of(buyerParticipant), "providerParticipants",
				List.of(map("name", contactName, "email", contactEmail, "role", "Account lead")));
	}

	/**
	 * Our side's rating: the four values 1-5 and the value we received (savings plus
	 * revenue enabled).
	 */
	public static Map<String, Object> rateAsBuyer(int rating, long savings, long revenueEnabled) {
		return rateAsBuyer(rating, rating, rating, rating, savings, revenueEnabled);
	}

	/**
	 * Our side's rating, value by value (1-5): cooperative, transparent, end-user
	 * focused, innovation-driven.
	 */
	public static Map<String, Object> rateAsBuyer(int cooperative, int transparent, int endUserFocused,
			int innovationDriven, long savings, long revenueEnabled) {
		return map("ratingCooperative", cooperative, "ratingTransparent", transparent, "ratingEndUserFocused",
				endUserFocused, "ratingInnovationDriven", innovationDriven, "savings", savings, "revenueEnabled",
				revenueEnabled);
	}

	/**
	 * The partner's rating: the four values and its value (revenue from us plus
	 * cross-business revenue).
	 */
	public static Map<String, Object> rateAsProvider(int rating, long revenueFromBuyer, long crossBusinessRevenue) {
		return rateAsProvider(rating, rating, rating, rating, revenueFromBuyer, crossBusinessRevenue);
	}

	/**
	 * The partner's rating, value by value (1-5): cooperative, transparent, end-user
	 * focused, innovation-driven.
	 */
	public static Map<String, Object> rateAsProvider(int cooperative, int transparent, int endUserFocused,
			int innovationDriven, long revenueFromBuyer, long crossBusinessRevenue) {
		return map("ratingCooperative", cooperative, "ratingTransparent", transparent, "ratingEndUserFocused",
				endUserFocused, "ratingInnovationDriven", innovationDriven, "revenueFromBuyer", revenueFromBuyer,
				"crossBusinessRevenue", crossBusinessRevenue);
	}

	/**
	 * A topic a side puts on the meeting's agenda: kind STRATEGIC_ISSUE, IMPERATIVE or
	 * PROPOSAL, a title, a text.
	 */
	public record AgendaTopic(String kind, String title, String text) {

		Map<String, Object> row() {
			return map("kind", kind, "title", title, "text", text);
		}
	}

	/**
	 * A side's rating (rateAsBuyer, rateAsProvider) with its agenda topics, as the form's
	 * dynamic list submits them.
	 */
	public static Map<String, Object> withAgendaTopics(Map<String, Object> rating, AgendaTopic... topics) {
		Map<String, Object> values = new LinkedHashMap<>(rating);
		values.put("agendaTopics", Arrays.stream(topics).map(AgendaTopic::row).toList());
		return values;
	}

	public static Map<String, Object> decideReview(String decision, String comment) {
		return map("reviewDecision", decision, "reviewDecisionComment", comment);
	}

	/**
	 * A new action item of the minutes: {@code owner} is a value of the form's owner
	 * choices ("user:erik", "contact:12").
	 */
	public record NewActionItem(String title, String owner, LocalDate dueDate) {

		Map<String, Object> row() {
			return map("title", title, "owner", owner, "dueDate", dueDate.toString());
		}
	}

	/**
	 * What became of an earlier action item: DONE, CARRIED_OVER (with a new date) or
	 * DROPPED (with a note).
	 */
	public record EarlierActionItem(Long item, String outcome, LocalDate newDueDate, String note) {

		Map<String, Object> row() {
			Map<String, Object> row = map("item", String.valueOf(item), "outcome", outcome);
			if (newDueDate != null) {
				row.put("newDueDate", newDueDate.toString());
			}
			if (note != null) {
				row.put("note", note);
			}
			return row;
		}
	}

	public static Map<String, Object> recordMinutes(String summary, List<EarlierActionItem> earlier,
			NewActionItem... items) {
		return map("minutesSummary", summary, "earlierItems", earlier.stream().map(EarlierActionItem::row).toList(),
				"newItems", Arrays.stream(items).map(NewActionItem::row).toList());
	}

	public static Map<String, Object> acceptMinutes() {
		return map("acknowledgement", "ACCEPTED");
	}

	public static Map<String, Object> commentOnMinutes(String comment, Long item, String itemComment) {
		return map("acknowledgement", "COMMENTED", "acknowledgementComment", comment, "itemComments",
				item == null ? List.of() : List.of(map("item", String.valueOf(item), "comment", itemComment)));
	}

	public static Map<String, Object> reportActionItem(String outcome, String note) {
		return map("actionItemOutcome", outcome, "actionItemNote", note);
	}

	public static Map<String, Object> renew(LocalDate newEndDate) {
		return map("renewalDecision", "RENEW", "newEndDate", newEndDate.toString());
	}

	public static Map<String, Object> letTheAgreementEnd() {
		return map("renewalDecision", "END", "renewalComment", "Consolidating to fewer providers");
	}

	public static Map<String, Object> planExit(LocalDate handOverBy) {
		return map("servicesToTransition", "Operations of the hosting platform", "dataToReturn",
				"Configuration database and monitoring history", "knowledgeTransfer", "Four runbook sessions",
				"handOverBy", handOverBy.toString());
	}

	public static Map<String, Object> confirmHandOver(String notes) {
		return map("handOverConfirmed", true, "handOverNotes", notes);
	}

	public static Map<String, Object> lessonsLearned() {
		return map("lessonsLearned", "Agree exit terms at signing", "wouldPartnerAgain", "MAYBE");
	}

	/**
	 * An insertion-ordered map from alternating keys and values (Map.of allows no nulls
	 * and has no order).
	 */
	public static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
