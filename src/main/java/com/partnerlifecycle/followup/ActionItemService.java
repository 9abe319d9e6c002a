package com.partnerlifecycle.followup;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CallingProcess;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.partner.PartnerGroups;

/**
 * Action items: the calendar and the people their {@code action-item} process asks for
 * ({@code ${actionItems.dueDate(actionItemId)}}), and what happens to an item: reported
 * done or blocked by its owner, carried over, recorded done or dropped in later minutes,
 * ended with the partnership. Each item's process is started by the product as the
 * system, never by the user who recorded the minutes.
 */
@Service("actionItems")
public class ActionItemService {

	/** How far ahead an action item may be due: a year 99999 is a typing mistake. */
	static final java.time.Period DUE_WINDOW = java.time.Period.ofYears(2);

	private static final Set<ActionItemStatus> OPEN = EnumSet.of(ActionItemStatus.OPEN, ActionItemStatus.BLOCKED);

	private final ActionItemRepository items;

	private final RuntimeService runtimeService;

	private final SystemActions system;

	private final BusinessTime time;

	private final FollowUpProperties properties;

	private final PartnerGroups partnerGroups;

	private final com.partnerlifecycle.partner.PartnerService partners;

	private final org.camunda.bpm.engine.IdentityService identityService;

	public ActionItemService(ActionItemRepository items, RuntimeService runtimeService, SystemActions system,
			BusinessTime time, FollowUpProperties properties, PartnerGroups partnerGroups,
			com.partnerlifecycle.partner.PartnerService partners,
			org.camunda.bpm.engine.IdentityService identityService) {
		this.identityService = identityService;
		this.partners = partners;
		this.items = items;
		this.runtimeService = runtimeService;
		this.system = system;
		this.time = time;
		this.properties = properties;
		this.partnerGroups = partnerGroups;
	}

	// what the action-item process asks for

	/** "Report on the action item" is due at the end of the item's due date. */
	@Transactional(readOnly = true)
	public Date dueDate(Long actionItemId) {
		return time.endOf(called(actionItemId).getDueDate());
	}

	/**
	 * The reminder before the due date ({@code partnership.follow-up.remind-before}), at
	 * 08:00; now if that has passed.
	 */
	@Transactional(readOnly = true)
	public Date remindAt(Long actionItemId) {
		Date at = morningOf(called(actionItemId).getDueDate().minus(properties.remindBefore()));
		Date now = Date.from(time.now());
		return at.before(now) ? now : at;
	}

	/** The reminder on the due date, at 08:00. */
	@Transactional(readOnly = true)
	public Date dueDayAt(Long actionItemId) {
		return morningOf(called(actionItemId).getDueDate());
	}

	/**
	 * Not done on its due date: the morning after it, the owner side's sponsors are told.
	 */
	@Transactional(readOnly = true)
	public Date overdueAt(Long actionItemId) {
		return morningOf(called(actionItemId).getDueDate().plusDays(1));
	}

	/**
	 * The owner when it has an account (one of ours, or a partner representative); null
	 * for a partner contact.
	 */
	@Transactional(readOnly = true)
	public String assignee(Long actionItemId) {
		return called(actionItemId).getOwnerUserId();
	}

	/**
	 * The task's group, so it shows in that group's Tasklist filter: the partner's group
	 * for a partner's item (until partners act through links, the group acts for a
	 * contact without an account); for ours, the owner's own groups among sourcing
	 * managers and executives.
	 */
	@Transactional(readOnly = true)
	public List<String> candidateGroups(Long actionItemId) {
		ActionItem item = called(actionItemId);
		if (item.getOwnerSide() == Side.PROVIDER) {
			return List.of(partnerGroups.of(item.getPartnerId()));
		}
		return system.run(() -> identityService.createGroupQuery().groupMember(item.getOwnerUserId()).listPage(0, 100))
			.stream()
			.map(org.camunda.bpm.engine.identity.Group::getId)
			.filter(OWNER_GROUPS::contains)
			.toList();
	}

	private static final List<String> OWNER_GROUPS = List.of(com.partnerlifecycle.common.Groups.SOURCING_MANAGERS,
			com.partnerlifecycle.common.Groups.EXECUTIVES);

	private Date morningOf(LocalDate day) {
		return Date.from(time.startOf(day).toInstant().plus(java.time.Duration.ofHours(8)));
	}

	// what happens to an item

	/**
	 * Agreed in minutes: the item is stored and its process started, by the product as
	 * the system.
	 */
	@Transactional
	public ActionItem agree(String partnerId, Long reviewId, int position, String title, String answers,
			ActionItem.Owner owner, LocalDate dueDate) {
		ActionItem item = items
			.save(new ActionItem(partnerId, reviewId, position, title, answers, owner, dueDate, time.now()));
		item.followedBy(system.run(() -> runtimeService.createProcessInstanceByKey(ActionItemProcess.KEY)
			.businessKey(partnerId)
			.setVariable(ActionItemProcess.ACTION_ITEM_ID, item.getId())
			.setVariable(com.partnerlifecycle.partner.LifecycleProcess.PARTNER_NAME, partners.get(partnerId).getName())
			.execute()
			.getId()));
		return item;
	}

	/**
	 * The one rule for an item's due date: after today, at most {@link #DUE_WINDOW}
	 * ahead.
	 */
	public void requireDueDate(String field, LocalDate dueDate) {
		LocalDate today = time.today();
		if (!dueDate.isAfter(today)) {
			throw new InvalidInputException(field, "must be after today (" + today + "), was " + dueDate);
		}
		if (dueDate.isAfter(today.plus(DUE_WINDOW))) {
			throw new InvalidInputException(field, "must be at most two years ahead, was " + dueDate);
		}
	}

	/** Its owner reports it done, with a note of what was done. */
	@Transactional
	public ActionItem reportDone(Long itemId, String note) {
		ActionItem item = open(itemId, "report");
		item.done(note, null, time.now());
		return item;
	}

	/**
	 * Its owner reports it blocked, with the reason: it stays open and heads the next
	 * agenda.
	 */
	@Transactional
	public ActionItem reportBlocked(Long itemId, String reason) {
		ActionItem item = open(itemId, "report");
		item.blocked(reason, time.now());
		return item;
	}

	/** Later minutes recorded it done. */
	@Transactional
	public void recordDone(Long itemId, String note, Long inReview) {
		ActionItem item = open(itemId, "earlierItems");
		item.done(note, inReview, time.now());
		end(item);
	}

	/**
	 * Later minutes carried it over with a new due date: its reminders start again from
	 * that date.
	 */
	@Transactional
	public void carryOver(Long itemId, LocalDate newDueDate, String note, Long inReview) {
		ActionItem item = open(itemId, "earlierItems");
		item.carriedOver(newDueDate, note, inReview, time.now());
		correlate(item, ActionItemProcess.RESCHEDULED);
	}

	/** Later minutes dropped it, with the reason. */
	@Transactional
	public void drop(Long itemId, String reason, Long inReview) {
		ActionItem item = open(itemId, "earlierItems");
		item.closed(reason, inReview, time.now());
		end(item);
	}

	/** The partnership ends: its open items are ended with the reason. */
	@Transactional
	public List<ActionItem> closeOpen(String partnerId, String reason) {
		List<ActionItem> ended = items.findByPartnerIdAndStatusInOrderByDueDateAscIdAsc(partnerId, OPEN);
		for (ActionItem item : ended) {
			item.closed("The partnership ended: " + reason, null, time.now());
			end(item);
		}
		return ended;
	}

	/**
	 * The items the partnership's end closed (closed outside any minutes), for the exit
	 * plan.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> endedWithThePartnership(String partnerId) {
		return ofPartner(partnerId).stream()
			.filter(item -> item.getStatus() == ActionItemStatus.CLOSED && item.getStatusReviewId() == null)
			.toList();
	}

	/** The partner commented on its item when it acknowledged the minutes. */
	@Transactional
	public void comment(Long itemId, String comment) {
		get(itemId).commented(comment, time.now());
	}

	private void end(ActionItem item) {
		correlate(item, ActionItemProcess.ENDED_MESSAGE);
	}

	private void correlate(ActionItem item, String message) {
		if (item.getProcessInstanceId() != null) {
			system.run(() -> runtimeService.createMessageCorrelation(message)
				.processInstanceId(item.getProcessInstanceId())
				.correlateAllWithResult());
		}
	}

	private ActionItem open(Long itemId, String field) {
		ActionItem item = get(itemId);
		if (!item.getStatus().isOpen()) {
			throw new InvalidInputException(field, "action item '" + item.getTitle() + "' is "
					+ item.getStatus().name().toLowerCase(java.util.Locale.ROOT) + " already");
		}
		return item;
	}

	// reading

	@Transactional(readOnly = true)
	public ActionItem get(Long itemId) {
		return items.findById(itemId).orElseThrow(() -> new NotFoundException("action item", itemId));
	}

	/**
	 * The item an action-item process instance follows: found from the instance, never
	 * from a variable.
	 */
	@Transactional(readOnly = true)
	public ActionItem ofProcess(String processInstanceId) {
		return items.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException(
					"Process instance " + processInstanceId + " follows no action item"));
	}

	@Transactional(readOnly = true)
	public List<ActionItem> ofReview(Long reviewId) {
		return items.findByReviewIdOrderByPositionAsc(reviewId);
	}

	/** Every item of the partnership, by due date. */
	@Transactional(readOnly = true)
	public List<ActionItem> ofPartner(String partnerId) {
		return items.findByPartnerIdOrderByDueDateAscIdAsc(partnerId);
	}

	/** Each partner's items (as {@link #ofPartner}), for many partners in one read. */
	@Transactional(readOnly = true)
	public Map<String, List<ActionItem>> ofPartners(java.util.Collection<String> partnerIds) {
		Map<String, List<ActionItem>> byPartner = new java.util.HashMap<>();
		partnerIds.forEach(id -> byPartner.put(id, new java.util.ArrayList<>()));
		items.findByPartnerIdInOrderByDueDateAscIdAsc(partnerIds).forEach(i -> byPartner.get(i.getPartnerId()).add(i));
		return byPartner;
	}

	/** The partnership's items not yet done or dropped, by due date. */
	@Transactional(readOnly = true)
	public List<ActionItem> openOf(String partnerId) {
		return items.findByPartnerIdAndStatusInOrderByDueDateAscIdAsc(partnerId, OPEN);
	}

	/**
	 * The open items a user owns; for a partner's group, also those of the partner's
	 * contacts (the group acts for them).
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> openOwnedBy(String userId, String representedPartnerId) {
		List<ActionItem> mine = new java.util.ArrayList<>(
				items.findByOwnerUserIdAndStatusInOrderByDueDateAscIdAsc(userId, OPEN));
		if (representedPartnerId != null) {
			mine.removeIf(item -> !item.getPartnerId().equals(representedPartnerId));
			mine.addAll(items.findByPartnerIdAndOwnerParticipantIdIsNotNullAndStatusInOrderByDueDateAscIdAsc(
					representedPartnerId, OPEN));
			mine.sort(java.util.Comparator.comparing(ActionItem::getDueDate).thenComparing(ActionItem::getId));
		}
		return mine;
	}

	/** Each side's commitment reliability today. */
	@Transactional(readOnly = true)
	public Map<Side, CommitmentReliability.Reliability> reliability(String partnerId) {
		return reliability(ofPartner(partnerId));
	}

	/**
	 * Each side's commitment reliability today, from a partnership's items already read.
	 */
	public Map<Side, CommitmentReliability.Reliability> reliability(List<ActionItem> partnersItems) {
		return CommitmentReliability.of(partnersItems.stream().map(this::commitment).toList(), time.today());
	}

	private CommitmentReliability.Commitment commitment(ActionItem item) {
		return new CommitmentReliability.Commitment(item.getOwnerSide(), item.getOriginalDueDate(), item.getStatus(),
				day(item.getDoneAt()), day(item.getClosedAt()));
	}

	private LocalDate day(java.time.Instant instant) {
		return instant == null ? null : instant.atZone(time.zone()).toLocalDate();
	}

	public LocalDate today() {
		return time.today();
	}

	/**
	 * The item an expression of an action-item process asks for: deployed BPMN passes the
	 * id it read from the process, so the item must be the one that process follows.
	 */
	private ActionItem called(Long actionItemId) {
		ActionItem item = get(actionItemId);
		CallingProcess.mustRun(item.getProcessInstanceId(), "Action item " + actionItemId);
		return item;
	}

}
