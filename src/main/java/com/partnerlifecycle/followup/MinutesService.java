package com.partnerlifecycle.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CallingProcess;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.partner.PartnerGroups;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewFollowUps;
import com.partnerlifecycle.review.ReviewParticipant;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.review.ReviewTopic;
import com.partnerlifecycle.review.ValueRatings;

/**
 * The minutes of a review meeting: recorded by our sourcing managers after it (a summary,
 * the decisions, what became of every open action item of earlier reviews, the new action
 * items), then acknowledged by the partner. Every id a form submits (an owner, an earlier
 * item, an item commented on) must belong to the task's own review or partner.
 * {@code ${minutes.due(reviewId)}} and {@code ${minutes.acknowledgementDue(reviewId)}}
 * date the two tasks.
 */
@Service("minutes")
public class MinutesService implements ReviewFollowUps {

	/**
	 * At most this many new action items per meeting: a meeting agrees a few commitments,
	 * not a backlog.
	 */
	public static final int MAX_NEW_ITEMS = 20;

	/** What became of an open action item of an earlier review. */
	public enum EarlierOutcome {

		DONE, CARRIED_OVER, DROPPED

	}

	/**
	 * A row of the minutes' {@code newItems}: {@code owner} and {@code answers} are
	 * values of the form's choices.
	 */
	public record NewItem(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 120) String owner,
			@NotNull LocalDate dueDate, @Size(max = 120) String answers) {
	}

	/**
	 * A row of the minutes' {@code earlierItems}: {@code item} is the id the form's
	 * choice carries.
	 */
	public record EarlierItem(@NotBlank @Size(max = 20) String item, @NotNull EarlierOutcome outcome,
			LocalDate newDueDate, @Size(max = 4000) String note) {
	}

	/** A row of the acknowledgement's {@code itemComments}. */
	public record ItemComment(@NotBlank @Size(max = 20) String item, @NotBlank @Size(max = 4000) String comment) {
	}

	/** One person who may own an action item, as the minutes form offers it. */
	public record OwnerChoice(String value, String label, ActionItem.Owner owner) {
	}

	private final ReviewMinutesRepository minutes;

	private final ActionItemService actionItems;

	private final ReviewService reviews;

	private final PartnerService partners;

	private final PartnerGroups partnerGroups;

	private final IdentityService identityService;

	private final SystemActions system;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final com.partnerlifecycle.contact.PartnerContacts contacts;

	private final FollowUpProperties properties;

	public MinutesService(ReviewMinutesRepository minutes, ActionItemService actionItems, ReviewService reviews,
			PartnerService partners, PartnerGroups partnerGroups, IdentityService identityService, SystemActions system,
			BusinessTime time, CurrentUser currentUser, FollowUpProperties properties,
			com.partnerlifecycle.contact.PartnerContacts contacts) {
		this.contacts = contacts;
		this.minutes = minutes;
		this.actionItems = actionItems;
		this.reviews = reviews;
		this.partners = partners;
		this.partnerGroups = partnerGroups;
		this.identityService = identityService;
		this.system = system;
		this.time = time;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	// the calendar the review's BPMN reads

	/**
	 * "Record the minutes" is due {@code minutes-within} business days after the
	 * meeting's day.
	 */
	@Transactional(readOnly = true)
	public Date due(Long reviewId) {
		Review review = called(reviewId);
		LocalDate meetingDay = review.getMeetingAt() == null ? time.today()
				: review.getMeetingAt().atZone(time.zone()).toLocalDate();
		return time.endOf(BusinessDays.after(meetingDay, properties.minutesWithin()));
	}

	/**
	 * "Acknowledge the minutes" is due {@code acknowledge-within} business days after
	 * they were recorded.
	 */
	@Transactional(readOnly = true)
	public Date acknowledgementDue(Long reviewId) {
		called(reviewId);
		LocalDate recorded = minutes.findById(reviewId)
			.map(m -> m.getRecordedAt().atZone(time.zone()).toLocalDate())
			.orElse(time.today());
		return time.endOf(BusinessDays.after(recorded, properties.acknowledgeWithin()));
	}

	// recording

	/**
	 * What {@link #check} found: the owner and answer choices the rows were checked
	 * against.
	 */
	private record Checked(Review review, Map<String, OwnerChoice> owners, Map<String, String> answers) {
	}

	/**
	 * The rules of the minutes, checked before anything is stored (the form's handler
	 * calls this before the task completes): every open item of earlier reviews decided
	 * once (a carried item with a new date ahead, a dropped one with a reason), every new
	 * item's owner one of the review's people, its due date ahead, what it answers one of
	 * the values or the review's topics; the minutes not recorded yet.
	 */
	@Transactional(readOnly = true)
	public void check(Long reviewId, List<EarlierItem> earlier, List<NewItem> newItems) {
		checked(reviewId, earlier, newItems);
	}

	private Checked checked(Long reviewId, List<EarlierItem> earlier, List<NewItem> newItems) {
		Review review = reviews.get(reviewId);
		if (minutes.existsById(reviewId)) {
			throw new com.partnerlifecycle.common.ConflictException("minutes",
					"the minutes of review " + review.getNumber() + " are recorded already");
		}
		Map<Long, ActionItem> open = new LinkedHashMap<>();
		earlierOpenItems(review).forEach(item -> open.put(item.getId(), item));
		List<Long> decided = new ArrayList<>();
		for (int i = 0; i < earlier.size(); i++) {
			String row = "earlierItems[" + (i + 1) + "]";
			EarlierItem decision = earlier.get(i);
			Long id = parseId(decision.item());
			if (id == null || !open.containsKey(id)) {
				throw new InvalidInputException(row + ".item", "is not an open action item of this partnership");
			}
			if (decided.contains(id)) {
				throw new InvalidInputException(row + ".item", "'" + open.get(id).getTitle() + "' is listed twice");
			}
			decided.add(id);
			switch (decision.outcome()) {
				case CARRIED_OVER -> {
					if (decision.newDueDate() == null) {
						throw new InvalidInputException(row + ".newDueDate", "is required to carry an item over");
					}
					actionItems.requireDueDate(row + ".newDueDate", decision.newDueDate());
				}
				case DROPPED -> {
					if (decision.note() == null) {
						throw new InvalidInputException(row + ".note", "say why the item is dropped");
					}
				}
				case DONE -> {
					// a note is welcome, not required
				}
			}
		}
		for (ActionItem item : open.values()) {
			if (!decided.contains(item.getId())) {
				throw new InvalidInputException("earlierItems", "say what became of '" + item.getTitle() + "' (due "
						+ item.getDueDate() + "): done, carried over or dropped");
			}
		}
		if (newItems.size() > MAX_NEW_ITEMS) {
			throw new InvalidInputException("newItems", "at most " + MAX_NEW_ITEMS + " action items per meeting");
		}
		Map<String, OwnerChoice> owners = new LinkedHashMap<>();
		ownerChoices(review).forEach(choice -> owners.put(choice.value(), choice));
		Map<String, String> answers = answerChoices(review);
		for (int i = 0; i < newItems.size(); i++) {
			String row = "newItems[" + (i + 1) + "]";
			NewItem item = newItems.get(i);
			if (!owners.containsKey(item.owner())) {
				throw new InvalidInputException(row + ".owner",
						"is not one of our people, the partner's representatives or this review's partner contacts");
			}
			actionItems.requireDueDate(row + ".dueDate", item.dueDate());
			if (item.answers() != null && !answers.containsKey(item.answers())) {
				throw new InvalidInputException(row + ".answers", "is not one of the values or this review's topics");
			}
		}
		return new Checked(review, owners, answers);
	}

	/**
	 * Records the minutes ({@link #check} first, so nothing is stored when one row is
	 * refused): stores them, applies what became of the earlier items and agrees the new
	 * ones, each followed in its own process.
	 */
	@Transactional
	public ReviewMinutes record(Long reviewId, String summary, String decisions, List<EarlierItem> earlier,
			List<NewItem> newItems) {
		Checked checked = checked(reviewId, earlier, newItems);
		ReviewMinutes recorded = minutes
			.save(new ReviewMinutes(reviewId, summary, decisions, currentUser.idOrSystem(), time.now()));
		for (EarlierItem decision : earlier) {
			Long id = parseId(decision.item());
			switch (decision.outcome()) {
				case DONE -> actionItems.recordDone(id, decision.note(), reviewId);
				case CARRIED_OVER -> actionItems.carryOver(id, decision.newDueDate(), decision.note(), reviewId);
				case DROPPED -> actionItems.drop(id, decision.note(), reviewId);
			}
		}
		for (int i = 0; i < newItems.size(); i++) {
			NewItem item = newItems.get(i);
			actionItems.agree(checked.review().getPartnerId(), reviewId, i, item.title(),
					item.answers() == null ? null : checked.answers().get(item.answers()),
					checked.owners().get(item.owner()).owner(), item.dueDate());
		}
		return recorded;
	}

	/**
	 * The rules of the partner's answer, checked before anything is stored: the minutes
	 * are there, a comment says something, and every item commented on is one of the
	 * partner's items of this review, each once.
	 */
	@Transactional(readOnly = true)
	public ReviewMinutes checkAcknowledgement(Long reviewId, Acknowledgement acknowledgement, String comment,
			List<ItemComment> itemComments) {
		Review review = reviews.get(reviewId);
		ReviewMinutes recorded = minutes.findById(reviewId)
			.orElseThrow(() -> new com.partnerlifecycle.common.ConflictException("minutes",
					"review " + review.getNumber() + " has no minutes yet"));
		if (acknowledgement == Acknowledgement.COMMENTED && comment == null && itemComments.isEmpty()) {
			throw new InvalidInputException("acknowledgementComment",
					"write a comment, or comment on one of your action items");
		}
		Map<Long, ActionItem> theirs = new LinkedHashMap<>();
		actionItems.ofReview(reviewId)
			.stream()
			.filter(item -> item.getOwnerSide() == Side.PROVIDER)
			.forEach(item -> theirs.put(item.getId(), item));
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < itemComments.size(); i++) {
			String row = "itemComments[" + (i + 1) + "]";
			Long id = parseId(itemComments.get(i).item());
			if (id == null || !theirs.containsKey(id)) {
				throw new InvalidInputException(row + ".item", "is not one of your action items of this review");
			}
			if (!seen.add(id)) {
				throw new InvalidInputException(row + ".item", "'" + theirs.get(id).getTitle() + "' is listed twice");
			}
		}
		return recorded;
	}

	/**
	 * The partner accepts the minutes, or comments on them and on any of its action items
	 * of this review.
	 */
	@Transactional
	public ReviewMinutes acknowledge(Long reviewId, Acknowledgement acknowledgement, String comment,
			List<ItemComment> itemComments) {
		ReviewMinutes recorded = checkAcknowledgement(reviewId, acknowledgement, comment, itemComments);
		recorded.acknowledge(acknowledgement, comment, currentUser.idOrSystem(), time.now());
		for (ItemComment itemComment : itemComments) {
			actionItems.comment(parseId(itemComment.item()), itemComment.comment());
		}
		return recorded;
	}

	// the choices the forms offer

	/**
	 * Who may own an item of this review: our people, the partner's representatives, this
	 * review's partner contacts.
	 */
	@Transactional(readOnly = true)
	public List<OwnerChoice> ownerChoices(Review review) {
		String partnerName = partners.get(review.getPartnerId()).getName();
		List<OwnerChoice> choices = new ArrayList<>();
		Set<String> users = new HashSet<>();
		for (User user : reviews.buyerPeople()) {
			if (users.add(user.getId())) {
				choices.add(new OwnerChoice("user:" + user.getId(), fullName(user) + " (our side)",
						new ActionItem.Owner(Side.BUYER, user.getId(), null, fullName(user), user.getEmail())));
			}
		}
		String group = partnerGroups.of(review.getPartnerId());
		for (User user : system.run(() -> identityService.createUserQuery()
			.memberOfGroup(group)
			.orderByUserLastName()
			.asc()
			.listPage(0, 200))) {
			if (users.add(user.getId())) {
				choices.add(new OwnerChoice("user:" + user.getId(), fullName(user) + " (" + partnerName + ")",
						new ActionItem.Owner(Side.PROVIDER, user.getId(), null, fullName(user), user.getEmail())));
			}
		}
		for (ReviewParticipant contact : reviews.participantsOf(review.getId())) {
			if (contact.getSide() == Side.PROVIDER) {
				choices.add(new OwnerChoice("contact:" + contact.getId(),
						contact.getName() + " (" + partnerName + " contact"
								+ (contact.getRole() == null ? "" : ", " + contact.getRole()) + ")",
						new ActionItem.Owner(Side.PROVIDER, null, contact.getId(), contact.getName(),
								contact.getEmail())));
			}
		}
		return choices;
	}

	/**
	 * What an item may answer: one of the four values, or one of this review's topics;
	 * value → label.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> answerChoices(Review review) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (ValueRatings.Value value : ValueRatings.Value.values()) {
			choices.put("value:" + value.name(), "Value: " + value.label());
		}
		for (ReviewTopic topic : reviews.topicsOf(review.getId())) {
			choices.put("topic:" + topic.getId(), "Topic: " + topic.getTitle());
		}
		return choices;
	}

	/**
	 * The open items of earlier reviews, which these minutes must say something about.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> earlierOpenItems(Review review) {
		return actionItems.openOf(review.getPartnerId())
			.stream()
			.filter(item -> !item.getReviewId().equals(review.getId()))
			.toList();
	}

	// ReviewFollowUps: what reviews show of the follow-up

	@Override
	@Transactional(readOnly = true)
	public Optional<Minutes> minutesOf(Long reviewId) {
		return minutes.findById(reviewId)
			.map(m -> new Minutes(m.getSummary(), m.getDecisions(), m.getRecordedBy(), m.getRecordedAt(),
					m.getAcknowledgement() == null ? null : m.getAcknowledgement().name(),
					m.getAcknowledgementComment(),
					m.getAcknowledgedBy() == null ? null : contacts.whoActed(m.getAcknowledgedBy()),
					m.getAcknowledgedAt()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> itemsOf(Long reviewId) {
		return items(actionItems.ofReview(reviewId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> toRaise(String partnerId) {
		LocalDate today = time.today();
		return items(actionItems.openOf(partnerId)
			.stream()
			.filter(item -> item.getStatus() == ActionItemStatus.BLOCKED || item.isOverdue(today))
			.sorted(java.util.Comparator.comparing((ActionItem item) -> item.getStatus() != ActionItemStatus.BLOCKED)
				.thenComparing(ActionItem::getDueDate))
			.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Side, String> reliability(String partnerId) {
		Map<Side, CommitmentReliability.Reliability> bySide = actionItems.reliability(partnerId);
		Map<Side, String> texts = new java.util.EnumMap<>(Side.class);
		if (bySide.values().stream().anyMatch(reliability -> reliability.due() > 0)) {
			bySide.forEach((side, reliability) -> texts.put(side, reliability.text()));
		}
		return texts;
	}

	/**
	 * Items as reviews and the API show them; each review's number read once for the
	 * list.
	 */
	@Transactional(readOnly = true)
	public List<Item> items(List<ActionItem> items) {
		Map<Long, Integer> numbers = new java.util.HashMap<>();
		LocalDate today = time.today();
		return items.stream()
			.map(item -> new Item(item.getId(), item.getTitle(), item.getOwnerSide(), item.getOwnerName(),
					item.getDueDate(), item.getOriginalDueDate(), item.getStatus().name(), item.isOverdue(today),
					item.getStatusNote(), item.getAnswers(), item.getPartnerComment(),
					numbers.computeIfAbsent(item.getReviewId(), id -> reviews.get(id).getNumber())))
			.toList();
	}

	private Review called(Long reviewId) {
		Review review = reviews.get(reviewId);
		CallingProcess.mustRun(review.getProcessInstanceId(), "Review " + reviewId);
		return review;
	}

	private static Long parseId(String value) {
		try {
			return value == null ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String fullName(User user) {
		return com.partnerlifecycle.common.People.fullName(user);
	}

}
