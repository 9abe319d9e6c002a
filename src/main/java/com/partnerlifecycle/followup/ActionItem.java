package com.partnerlifecycle.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.partnerlifecycle.common.Side;

/**
 * A commitment one side made at a review meeting: recorded in the minutes, owned by one
 * person (one of our users, a partner representative, or one of the partner's contacts),
 * due on a date, and followed in its own {@code action-item} process until it is done,
 * dropped, or the partnership ends. {@code originalDueDate} is the date first agreed:
 * commitment reliability counts against it, however often the item is carried over.
 */
@Entity
public class ActionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String partnerId;

	/** the review whose minutes agreed it */
	private Long reviewId;

	private int position;

	private String title;

	private String answers;

	@Enumerated(EnumType.STRING)
	private Side ownerSide;

	private String ownerUserId;

	private Long ownerParticipantId;

	private String ownerName;

	private String ownerEmail;

	private LocalDate originalDueDate;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private ActionItemStatus status;

	private String statusNote;

	/** the later review whose minutes recorded it done, carried it over or dropped it */
	private Long statusReviewId;

	private String partnerComment;

	private Instant doneAt;

	private Instant closedAt;

	private String processInstanceId;

	private Instant createdAt;

	private Instant updatedAt;

	protected ActionItem() {
	}

	ActionItem(String partnerId, Long reviewId, int position, String title, String answers, Owner owner,
			LocalDate dueDate, Instant now) {
		this.partnerId = partnerId;
		this.reviewId = reviewId;
		this.position = position;
		this.title = title;
		this.answers = answers;
		this.ownerSide = owner.side();
		this.ownerUserId = owner.userId();
		this.ownerParticipantId = owner.participantId();
		this.ownerName = owner.name();
		this.ownerEmail = owner.email();
		this.originalDueDate = dueDate;
		this.dueDate = dueDate;
		this.status = ActionItemStatus.OPEN;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Who owns an item: a user of ours or of the partner ({@code userId}), or a partner
	 * contact ({@code participantId}).
	 */
	public record Owner(Side side, String userId, Long participantId, String name, String email) {
	}

	void followedBy(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void done(String note, Long inReview, Instant now) {
		this.status = ActionItemStatus.DONE;
		this.statusNote = note;
		this.statusReviewId = inReview;
		this.doneAt = now;
		this.updatedAt = now;
	}

	void blocked(String reason, Instant now) {
		this.status = ActionItemStatus.BLOCKED;
		this.statusNote = reason;
		this.updatedAt = now;
	}

	void carriedOver(LocalDate newDueDate, String note, Long inReview, Instant now) {
		this.status = ActionItemStatus.OPEN;
		this.dueDate = newDueDate;
		this.statusNote = note;
		this.statusReviewId = inReview;
		this.updatedAt = now;
	}

	void closed(String reason, Long inReview, Instant now) {
		this.status = ActionItemStatus.CLOSED;
		this.statusNote = reason;
		this.statusReviewId = inReview;
		this.closedAt = now;
		this.updatedAt = now;
	}

	void commented(String comment, Instant now) {
		this.partnerComment = comment;
		this.updatedAt = now;
	}

	/** Open or blocked after its due date. */
	public boolean isOverdue(LocalDate today) {
		return status.isOpen() && dueDate.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getAnswers() {
		return answers;
	}

	public Side getOwnerSide() {
		return ownerSide;
	}

	public String getOwnerUserId() {
		return ownerUserId;
	}

	public Long getOwnerParticipantId() {
		return ownerParticipantId;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public String getOwnerEmail() {
		return ownerEmail;
	}

	public LocalDate getOriginalDueDate() {
		return originalDueDate;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public ActionItemStatus getStatus() {
		return status;
	}

	public String getStatusNote() {
		return statusNote;
	}

	public Long getStatusReviewId() {
		return statusReviewId;
	}

	public String getPartnerComment() {
		return partnerComment;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
