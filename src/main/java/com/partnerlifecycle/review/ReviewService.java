package com.partnerlifecycle.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.People;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.PartnerService;

/**
 * Business reviews: opening one on the calendar ({@link ReviewDates}), the meeting's
 * plan, both sides' blind ratings, the reveal, the health found by {@link ReviewRules},
 * the decision, and what the records show of them. Moving a meeting is
 * {@link ReviewMeetingMoves}.
 */
@Service
public class ReviewService {

	private final ReviewRepository reviews;

	private final ReviewRatingRepository ratings;

	private final ReviewParticipantRepository participants;

	private final ReviewTopicRepository topics;

	private final ReviewDates dates;

	private final PartnerService partners;

	private final IdentityService identityService;

	private final ReviewRules rules;

	private final ReviewCalendarProperties calendar;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final People people;

	/**
	 * The follow-up feature builds on reviews; resolved when first needed, so neither
	 * needs the other to start.
	 */
	private final org.springframework.beans.factory.ObjectProvider<ReviewFollowUps> followUps;

	public ReviewService(ReviewRepository reviews, ReviewRatingRepository ratings,
			ReviewParticipantRepository participants, ReviewTopicRepository topics, ReviewDates dates,
			PartnerService partners, IdentityService identityService, ReviewProperties properties,
			ReviewCalendarProperties calendar, BusinessTime time, CurrentUser currentUser, People people,
			org.springframework.beans.factory.ObjectProvider<ReviewFollowUps> followUps) {
		this.reviews = reviews;
		this.ratings = ratings;
		this.participants = participants;
		this.topics = topics;
		this.dates = dates;
		this.partners = partners;
		this.identityService = identityService;
		this.rules = new ReviewRules(properties);
		this.calendar = calendar;
		this.time = time;
		this.currentUser = currentUser;
		this.people = people;
		this.followUps = followUps;
	}

	public String currency() {
		return calendar.currency();
	}

	// the review

	@Transactional
	public Review open(String partnerId, String processInstanceId) {
		int number = reviews.findFirstByPartnerIdOrderByNumberDesc(partnerId).map(Review::getNumber).orElse(0) + 1;
		return reviews.save(new Review(partnerId, number, dates.nextDueDate(partnerId), processInstanceId));
	}

	public record Contact(String name, String email, String role) {
	}

	@Transactional
	public Review schedule(Long reviewId, Instant meetingAt, int meetingDurationMinutes, List<String> buyerUserIds,
			List<Contact> providerContacts) {
		Review review = get(reviewId);
		List<User> ours = checkSchedule(review, meetingAt, meetingDurationMinutes, buyerUserIds, providerContacts);
		review.schedule(meetingAt, meetingDurationMinutes, currentUser.idOrSystem(), time.now());
		participants.deleteByReviewId(reviewId);
		for (int i = 0; i < ours.size(); i++) {
			User user = ours.get(i);
			participants.save(new ReviewParticipant(reviewId, Side.BUYER, i, user.getId(),
					(user.getFirstName() + " " + user.getLastName()).strip(), user.getEmail(), null));
		}
		for (int i = 0; i < providerContacts.size(); i++) {
			Contact contact = providerContacts.get(i);
			participants.save(new ReviewParticipant(reviewId, Side.PROVIDER, i, null, contact.name(), contact.email(),
					contact.role()));
		}
		return review;
	}

	/**
	 * The rules of a meeting's plan, checked before anything is stored (also by the
	 * scheduling form's handler, before its task completes): its length
	 * ({@link MeetingRules}), the date in the meeting window, at least one person of each
	 * side, ours of our side. Fields are named as the scheduling form names them.
	 */
	@Transactional(readOnly = true)
	public void checkSchedule(Long reviewId, Instant meetingAt, int meetingDurationMinutes, List<String> buyerUserIds,
			List<Contact> providerContacts) {
		checkSchedule(get(reviewId), meetingAt, meetingDurationMinutes, buyerUserIds, providerContacts);
	}

	private List<User> checkSchedule(Review review, Instant meetingAt, int meetingDurationMinutes,
			List<String> buyerUserIds, List<Contact> providerContacts) {
		MeetingRules.requireDuration(ScheduleReviewMeetingForm.MEETING_DURATION_MINUTES, meetingDurationMinutes);
		dates.requireMeetingWindow(review, meetingAt);
		if (buyerUserIds.isEmpty()) {
			throw new InvalidInputException("buyerParticipants", "invite at least one person of ours");
		}
		if (providerContacts.isEmpty()) {
			throw new InvalidInputException("providerParticipants", "invite at least one person of the partner");
		}
		return people.ofOurSide("buyerParticipants", buyerUserIds, People.BUYER_GROUPS,
				"our people (sourcing managers, partnership reviewers, executives)");
	}

	/** A topic a side puts on the meeting's agenda. */
	public record Topic(TopicKind kind, String title, String text) {
	}

	/** At most this many agenda topics per side and review. */
	public static final int MAX_TOPICS = 5;

	/**
	 * One side's rating and its agenda topics; each side rates once per review, and not
	 * after the reveal (it would have seen the other side's).
	 */
	@Transactional
	public void rate(Long reviewId, Side side, ValueRatings values, BigDecimal first, BigDecimal second, String comment,
			List<Topic> agendaTopics) {
		Review review = get(reviewId);
		if (ratings.findByReviewIdAndSide(reviewId, side).isPresent()) {
			throw new ConflictException("side",
					"the " + side.name().toLowerCase() + " side has already rated this review");
		}
		if (review.isRevealed()) {
			throw new ConflictException("side", "the ratings were revealed at the deadline: the "
					+ side.name().toLowerCase() + " side did not rate this review");
		}
		if (agendaTopics.size() > MAX_TOPICS) {
			throw new InvalidInputException("agendaTopics",
					"at most " + MAX_TOPICS + " topics, was " + agendaTopics.size());
		}
		if (first.signum() < 0 || second.signum() < 0) {
			throw new InvalidInputException(side == Side.BUYER ? "savings" : "revenueFromBuyer",
					"values must not be negative");
		}
		for (int i = 0; i < agendaTopics.size(); i++) {
			Topic topic = agendaTopics.get(i);
			topics.save(new ReviewTopic(reviewId, side, i, topic.kind(), topic.title(), topic.text()));
		}
		ratings.save(
				new ReviewRating(reviewId, side, values, first, second, comment, currentUser.idOrSystem(), time.now()));
	}

	/**
	 * Both sides have rated, or the rating deadline passed: from now on both sides see
	 * both sides' ratings, values and topics. A side that has not rated did not rate (its
	 * task ended with the deadline). Once only.
	 */
	@Transactional
	public Review reveal(Long reviewId) {
		Review review = get(reviewId);
		review.reveal(time.now());
		return review;
	}

	/**
	 * After the reveal: find the health, the mode the partnership moves to, and the
	 * recommendation, from both sides' ratings, or from one side's if the other did not
	 * rate ({@link OneSidedReview}). Reveals first: an instance of the older process
	 * version (1.x) goes from the ratings straight here.
	 */
	@Transactional
	public ReviewOutcome assess(Long reviewId) {
		Review review = reveal(reviewId);
		Optional<ReviewRating> buyer = ratings.findByReviewIdAndSide(reviewId, Side.BUYER);
		Optional<ReviewRating> provider = ratings.findByReviewIdAndSide(reviewId, Side.PROVIDER);
		List<ReviewHealth> previousHealth = new ArrayList<>();
		for (Review earlier : reviews.findByPartnerIdOrderByNumberAsc(review.getPartnerId())) {
			if (earlier.getNumber() < review.getNumber() && earlier.getHealth() != null) {
				previousHealth.add(earlier.getHealth());
			}
		}
		BigDecimal buyerValue = buyer.map(ReviewRating::valueReceived).orElse(null);
		BigDecimal providerValue = provider.map(ReviewRating::valueReceived).orElse(null);
		ReviewOutcome outcome = rules.assess(new ReviewInput(buyer.map(ReviewRating::ratings).orElse(null),
				provider.map(ReviewRating::ratings).orElse(null), buyerValue, providerValue, previousHealth,
				partners.get(review.getPartnerId()).getMode()));
		review.recordHealth(outcome, buyerValue, providerValue);
		partners.changeMode(review.getPartnerId(), outcome.mode());
		return outcome;
	}

	@Transactional
	public void decide(Long reviewId, ReviewRecommendation decision, String comment) {
		Review review = get(reviewId);
		if (review.getStatus() != ReviewStatus.RATED) {
			throw new ConflictException("reviewDecision", "the review is " + review.getStatus() + ", not rated");
		}
		ReviewRules.requireDecisionComment(decision, comment);
		review.decide(decision, comment, currentUser.idOrSystem(), time.now());
	}

	/** Reviews still under way when the partnership ends are cancelled, not left open. */
	@Transactional
	public void cancelOpenReviews(String partnerId) {
		reviews
			.findByPartnerIdAndStatusIn(partnerId,
					List.of(ReviewStatus.OPEN, ReviewStatus.SCHEDULED, ReviewStatus.RATED))
			.forEach(Review::cancel);
	}

	/**
	 * The review a business-review process instance runs: found from the instance, never
	 * from a variable.
	 */
	@Transactional(readOnly = true)
	public Review ofProcess(String processInstanceId) {
		return reviews.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("Process instance " + processInstanceId + " runs no review"));
	}

	/**
	 * Review {@code number} of a partnership; unknown: {@link NotFoundException} naming
	 * both.
	 */
	@Transactional(readOnly = true)
	public Review get(String partnerId, int number) {
		return reviews.findByPartnerIdAndNumber(partnerId, number)
			.orElseThrow(() -> new NotFoundException("review " + number + " of partner", partnerId));
	}

	@Transactional(readOnly = true)
	public Review get(Long reviewId) {
		return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
	}

	/**
	 * Where a partnership stands in its review calendar: all its reviews, the last one
	 * rated (its health), and while it is active the due date of the next review (the
	 * open one, or the next on the calendar).
	 */
	public record Standing(List<Review> history, Review lastRated, LocalDate nextDue) {

		public String lastHealth() {
			return lastRated == null ? null : lastRated.getHealthy() ? "HEALTHY" : "UNHEALTHY";
		}
	}

	@Transactional(readOnly = true)
	public Standing standing(String partnerId, boolean active) {
		List<Review> history = history(partnerId);
		Review lastRated = history.stream().filter(r -> r.getHealthy() != null).reduce((a, b) -> b).orElse(null);
		LocalDate nextDue = !active ? null
				: history.stream()
					.filter(r -> r.getStatus() != ReviewStatus.DECIDED && r.getStatus() != ReviewStatus.CANCELLED)
					.map(Review::getDueDate)
					.findFirst()
					.orElseGet(() -> dates.nextDueDate(partnerId));
		return new Standing(history, lastRated, nextDue);
	}

	@Transactional(readOnly = true)
	public List<Review> history(String partnerId) {
		return reviews.findByPartnerIdOrderByNumberAsc(partnerId);
	}

	/**
	 * Each partnership's history (as {@link #history}), for many partnerships in one
	 * read; a partnership without reviews has an empty list.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Review>> histories(Collection<String> partnerIds) {
		Map<String, List<Review>> histories = new java.util.LinkedHashMap<>();
		partnerIds.forEach(id -> histories.put(id, new ArrayList<>()));
		for (Review review : reviews.findByPartnerIdInOrderByNumber(partnerIds)) {
			histories.get(review.getPartnerId()).add(review);
		}
		return histories;
	}

	/**
	 * The ratings of these reviews (as {@link #ratingsOf}: none for a review not yet
	 * revealed), in one read.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ReviewRating>> ratingsOf(Collection<Review> of) {
		Map<Long, List<ReviewRating>> given = new java.util.HashMap<>();
		List<Long> revealed = of.stream().filter(Review::isRevealed).map(Review::getId).distinct().toList();
		revealed.forEach(id -> given.put(id, new ArrayList<>()));
		if (!revealed.isEmpty()) {
			ratings.findByReviewIdIn(revealed).forEach(r -> given.get(r.getReviewId()).add(r));
		}
		of.forEach(review -> given.putIfAbsent(review.getId(), List.of()));
		return given;
	}

	/** The perception gaps of ratings read by {@link #ratingsOf(Collection)}. */
	public List<PerceptionGap> perceptionGaps(List<ReviewRating> revealed) {
		return gapsOf(revealed);
	}

	/**
	 * The ratings given, once revealed (both sides rated, or the deadline passed); none
	 * before: one side's ratings, values and comment are blind to the other side, so no
	 * record, export or form shows a half-rated review.
	 */
	@Transactional(readOnly = true)
	public List<ReviewRating> ratingsOf(Long reviewId) {
		return get(reviewId).isRevealed() ? ratings.findByReviewId(reviewId) : List.of();
	}

	/** Both sides' agenda topics, once revealed; none before (blind like the ratings). */
	@Transactional(readOnly = true)
	public List<ReviewTopic> topicsOf(Long reviewId) {
		return get(reviewId).isRevealed() ? topics.findByReviewIdOrderBySideAscPositionAsc(reviewId) : List.of();
	}

	/** The perception gaps, once revealed and both sides rated; empty otherwise. */
	@Transactional(readOnly = true)
	public List<PerceptionGap> perceptionGaps(Long reviewId) {
		return gapsOf(ratingsOf(reviewId));
	}

	private List<PerceptionGap> gapsOf(List<ReviewRating> given) {
		ValueRatings buyer = given.stream()
			.filter(r -> r.getSide() == Side.BUYER)
			.map(ReviewRating::ratings)
			.findFirst()
			.orElse(null);
		ValueRatings provider = given.stream()
			.filter(r -> r.getSide() == Side.PROVIDER)
			.map(ReviewRating::ratings)
			.findFirst()
			.orElse(null);
		return rules.perceptionGaps(buyer, provider);
	}

	/**
	 * The meeting's agenda for one side's participants, once revealed (and assessed, for
	 * the recommendation in the buyer's copy); empty before the reveal.
	 */
	@Transactional(readOnly = true)
	public ReviewAgenda agenda(Long reviewId, Side copyFor) {
		Review review = get(reviewId);
		if (!review.isRevealed()) {
			return new ReviewAgenda(List.of(), null, List.of());
		}
		List<Review> earlier = history(review.getPartnerId()).stream()
			.filter(r -> r.getNumber() < review.getNumber())
			.toList();
		List<ReviewRating> given = ratings.findByReviewId(reviewId);
		return ReviewAgenda.of(new ReviewAgenda.Facts(partners.get(review.getPartnerId()).getName(), currency(),
				topicsOf(reviewId), gapsOf(given), missingSides(given), review, earlier,
				followUps().toRaise(review.getPartnerId())
					.stream()
					.filter(item -> item.reviewNumber() < review.getNumber())
					.toList(),
				followUps().reliability(review.getPartnerId())), copyFor);
	}

	/** The minutes and action items of reviews, kept by the follow-up feature. */
	public ReviewFollowUps followUps() {
		return followUps.getObject();
	}

	/** The sides that did not rate a revealed review; none before the reveal. */
	@Transactional(readOnly = true)
	public List<Side> didNotRate(Long reviewId) {
		if (!get(reviewId).isRevealed()) {
			return List.of();
		}
		return missingSides(ratings.findByReviewId(reviewId));
	}

	private static List<Side> missingSides(List<ReviewRating> given) {
		List<Side> rated = given.stream().map(ReviewRating::getSide).toList();
		return java.util.Arrays.stream(Side.values()).filter(side -> !rated.contains(side)).toList();
	}

	@Transactional(readOnly = true)
	public List<ReviewParticipant> participantsOf(Long reviewId) {
		return participants.findByReviewIdOrderBySideAscPositionAsc(reviewId);
	}

	/** The addresses of the review's participants of the partner's. */
	public List<String> providerParticipantEmails(Long reviewId) {
		return participantsOf(reviewId).stream()
			.filter(p -> p.getSide() == Side.PROVIDER)
			.map(ReviewParticipant::getEmail)
			.toList();
	}

	/** The people of ours who may be invited: sourcing managers and executives. */
	public List<User> buyerPeople() {
		List<User> people = new ArrayList<>();
		for (String group : List.of(Groups.SOURCING_MANAGERS, Groups.EXECUTIVES)) {
			people.addAll(identityService.createUserQuery()
				.memberOfGroup(group)
				.orderByUserLastName()
				.asc()
				.listPage(0, 200));
		}
		return people;
	}

}
