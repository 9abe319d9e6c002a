package com.partnerlifecycle.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.agreement.AgreementSponsor;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.reminder.CalendarInvites;
import com.partnerlifecycle.reminder.PersonalLinks;
import com.partnerlifecycle.reminder.Recipients;
import com.partnerlifecycle.reminder.ReminderBatch;
import com.partnerlifecycle.reminder.ReminderBatch.Recipient;
import com.partnerlifecycle.reminder.ReminderKind;
import com.partnerlifecycle.common.Side;

/**
 * What each of the review's mails says and who gets it (docs/rules.md "Review calendar");
 * the dissolution sends the {@link #cancellation}.
 */
@Component
public class ReviewMails {

	private static final String PREPARE = "Before the meeting, rate the partnership in Tasklist on its four values (cooperative, "
			+ "transparent, end-user focused, innovation-driven), state the value received in the period (for us: savings "
			+ "and revenue enabled; for the partner: revenue from us and cross-business), and add the strategic issues, "
			+ "imperatives or proposals you want on the agenda. Both sides' ratings are revealed together when both have "
			+ "rated, or a day before the meeting; then everyone gets the agenda.";

	/**
	 * The reminder to prepare once the ratings are revealed: the rating has closed, the
	 * agenda went out.
	 */
	private static final String REVEALED = "Both sides have rated (or the rating deadline has passed) and both sides' "
			+ "ratings are revealed; everyone has been mailed the agenda. Please read it, with the perception gaps and "
			+ "both sides' topics, before the meeting.";

	private final ReviewService reviews;

	private final ReviewDates dates;

	/**
	 * Until the reveal: rate and bring topics; after it (a reminder or a moved meeting):
	 * read the agenda.
	 */
	/**
	 * What to do before the meeting: rate by the deadline, or, once revealed, read the
	 * agenda.
	 */
	private String toPrepare(Review review) {
		return review.isRevealed() ? REVEALED
				: PREPARE + "\n\nRate by " + time.display(dates.ratingDeadlineOf(review)) + ".";
	}

	private final PartnerService partners;

	private final AgreementService agreements;

	private final Recipients recipients;

	private final BusinessTime time;

	private final org.springframework.beans.factory.ObjectProvider<PersonalLinks> links;

	ReviewMails(ReviewService reviews, ReviewDates dates, PartnerService partners, AgreementService agreements,
			Recipients recipients, BusinessTime time,
			org.springframework.beans.factory.ObjectProvider<PersonalLinks> links) {
		this.links = links;
		this.reviews = reviews;
		this.dates = dates;
		this.partners = partners;
		this.agreements = agreements;
		this.recipients = recipients;
		this.time = time;
	}

	/**
	 * The review's process started: the sourcing managers schedule the meeting before the
	 * due date.
	 */
	@Transactional(readOnly = true)
	public ReminderBatch scheduleMeeting(Long reviewId) {
		Review review = reviews.get(reviewId);
		String partner = partnerName(review);
		String subject = "Schedule business review " + review.getNumber() + " with " + partner;
		String text = "Business review " + review.getNumber() + " with " + partner + " is due on " + review.getDueDate()
				+ ". Please schedule the meeting with both sides' participants in Tasklist (task \"Schedule the review meeting\").";
		return batch(ReminderKind.SCHEDULE, review, 0, groupMembers(Groups.SOURCING_MANAGERS), subject, text, null,
				null);
	}

	/**
	 * The meeting is set or moved: every participant of both sides gets the calendar
	 * invitation.
	 */
	@Transactional(readOnly = true)
	public ReminderBatch invitation(Long reviewId) {
		Review review = reviews.get(reviewId);
		String partner = partnerName(review);
		String subject = (review.getInvitationSequence() == 0 ? "Invitation: " : "Moved: ") + "business review "
				+ review.getNumber() + " with " + partner + ", " + time.display(review.getMeetingAt());
		String text = "You are invited to business review " + review.getNumber() + " of the partnership with " + partner
				+ " on " + time.display(review.getMeetingAt()) + " (" + review.getMeetingDurationMinutes()
				+ " minutes).\n\n" + "To prepare: " + toPrepare(review);
		List<Recipient> participants = participants(review);
		return batch(ReminderKind.INVITATION, review, review.getInvitationSequence(), participants, subject, text,
				CalendarInvites.request(meeting(review, partner, participants), time.now()), CalendarInvites.REQUEST);
	}

	/** A few days before the meeting: what to prepare. */
	@Transactional(readOnly = true)
	public ReminderBatch prepare(Long reviewId) {
		Review review = reviews.get(reviewId);
		String partner = partnerName(review);
		String subject = "Prepare business review " + review.getNumber() + " with " + partner + ", "
				+ time.display(review.getMeetingAt());
		String text = "Business review " + review.getNumber() + " with " + partner + " takes place on "
				+ time.display(review.getMeetingAt()) + ".\n\nTo prepare: " + toPrepare(review);
		return batch(ReminderKind.PREPARE, review, review.getInvitationSequence(), withLinks(review), subject, text,
				null, null);
	}

	/**
	 * The ratings are revealed: one side's participants get the meeting's agenda
	 * ({@link ReviewAgenda}), plain text and HTML. Entered text is escaped and never
	 * becomes a link; the buyer's copy carries the recommendation.
	 */
	@Transactional(readOnly = true)
	public ReminderBatch agenda(Long reviewId, Side side) {
		Review review = reviews.get(reviewId);
		String partner = partnerName(review);
		ReviewAgenda agenda = reviews.agenda(reviewId, side);
		String subject = "Agenda: business review " + review.getNumber() + " with " + partner + ", "
				+ time.display(review.getMeetingAt());
		String intro = "Both sides have rated business review " + review.getNumber() + " of the partnership with "
				+ partner + " (or the rating deadline has passed), and both sides' ratings are now visible to both. "
				+ "The meeting is on " + time.display(review.getMeetingAt()) + " (" + review.getMeetingDurationMinutes()
				+ " minutes). The agenda:";
		StringBuilder text = new StringBuilder(intro).append("\n");
		StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><p>")
			.append(ReminderBatch.escaped(intro))
			.append("</p><ol>");
		for (ReviewAgenda.Item item : agenda.items()) {
			String label = label(item, partner);
			text.append("\n- ").append(item.title()).append(" [").append(label).append("]");
			if (!item.text().isBlank()) {
				text.append("\n  ").append(item.text().replace("\n", "\n  "));
			}
			html.append("<li><p><strong>")
				.append(ReminderBatch.escaped(item.title()))
				.append("</strong> <em>")
				.append(ReminderBatch.escaped(label))
				.append("</em>");
			if (!item.text().isBlank()) {
				html.append("<br>").append(ReminderBatch.escaped(item.text()).replace("\n", "<br>"));
			}
			html.append("</p></li>");
		}
		html.append("</ol>");
		if (agenda.recommendation() != null) {
			String heading = "For our side only: the rules recommend \"" + agenda.recommendation().label() + "\".";
			text.append("\n\n").append(heading);
			html.append("<p><strong>").append(ReminderBatch.escaped(heading)).append("</strong></p><ul>");
			for (String reason : agenda.reasons()) {
				text.append("\n- ").append(reason);
				html.append("<li>").append(ReminderBatch.escaped(reason)).append("</li>");
			}
			html.append("</ul>");
		}
		html.append("<p style=\"color:#666\">Partnership Lifecycle</p></body></html>");
		List<Recipient> participants = reviews.participantsOf(reviewId)
			.stream()
			.filter(p -> p.getSide() == side)
			.map((ReviewParticipant p) -> new Recipient(p.getName(), p.getEmail()))
			.toList();
		return new ReminderBatch(ReminderKind.AGENDA, review.getPartnerId(), review.getId(), null,
				"review-" + review.getId() + "-" + side.name().toLowerCase(java.util.Locale.ROOT), 0, participants,
				subject, text.toString(), html.toString(), null, null);
	}

	private static String label(ReviewAgenda.Item item, String partner) {
		String kind = switch (item.kind()) {
			case STRATEGIC_ISSUE, IMPERATIVE, PROPOSAL ->
				TopicKind.valueOf(item.kind().name()).label().toLowerCase(java.util.Locale.ROOT);
			case PERCEPTION_GAP -> "perception gap";
			case BALANCE_OF_VALUE -> "balance of value";
			case DID_NOT_RATE -> "did not rate";
			case ACTION_ITEM_BLOCKED -> "action item blocked";
			case ACTION_ITEM_OVERDUE -> "action item overdue";
			case COMMITMENT_RELIABILITY -> "commitment reliability";
		};
		boolean actionItem = item.kind() == ReviewAgenda.Kind.ACTION_ITEM_BLOCKED
				|| item.kind() == ReviewAgenda.Kind.ACTION_ITEM_OVERDUE; // its text names
																			// the owner
		return item.side() == null || actionItem ? kind
				: kind + ", from " + (item.side() == Side.BUYER ? "the buyer" : partner);
	}

	/**
	 * No decision long after the due date or the meeting: the executive sponsors of both
	 * sides are told.
	 */
	@Transactional(readOnly = true)
	public ReminderBatch escalation(Long reviewId) {
		Review review = reviews.get(reviewId);
		String partner = partnerName(review);
		List<Recipient> sponsors = new ArrayList<>();
		agreements.find(review.getPartnerId())
			.ifPresent(a -> agreements.sponsorsOf(a.getId())
				.forEach((AgreementSponsor s) -> sponsors.add(new Recipient(s.getName(), s.getEmail()))));
		String subject = "Overdue: business review " + review.getNumber() + " with " + partner + " has no decision";
		String text = "Business review " + review.getNumber() + " with " + partner + " was due on "
				+ review.getDueDate()
				+ (review.getMeetingAt() == null ? " and no meeting has been scheduled"
						: "; its meeting was on " + time.display(review.getMeetingAt()))
				+ ", and no decision has been taken. As executive sponsor, please make sure the review is completed.";
		return batch(ReminderKind.ESCALATION, review, 0, sponsors, subject, text, null, null);
	}

	/**
	 * The partnership ends while the review is scheduled: the calendar entry is
	 * cancelled.
	 */
	@Transactional(readOnly = true)
	public ReminderBatch cancellation(Long reviewId) {
		Review review = reviews.get(reviewId);
		String partner = partnerName(review);
		String subject = "Cancelled: business review " + review.getNumber() + " with " + partner;
		String text = "Business review " + review.getNumber() + " with " + partner + " on "
				+ time.display(review.getMeetingAt()) + " will not take place: the partnership is being dissolved.";
		List<Recipient> participants = participants(review);
		CalendarInvites.Meeting meeting = meeting(review, partner, participants);
		CalendarInvites.Meeting cancelled = new CalendarInvites.Meeting(meeting.uid(), meeting.sequence() + 1,
				meeting.summary(), text, meeting.start(), meeting.end(), meeting.organizer(), meeting.attendees());
		return batch(ReminderKind.CANCELLATION, review, review.getInvitationSequence() + 1, participants, subject, text,
				CalendarInvites.cancel(cancelled, time.now()), CalendarInvites.CANCEL);
	}

	private ReminderBatch batch(ReminderKind kind, Review review, int sequence, List<Recipient> recipients,
			String subject, String text, String calendar, String method) {
		return new ReminderBatch(kind, review.getPartnerId(), review.getId(), null, "review-" + review.getId(),
				sequence, recipients, subject, text, ReminderBatch.html(text), calendar, method);
	}

	private CalendarInvites.Meeting meeting(Review review, String partner, List<Recipient> participants) {
		Instant start = review.getMeetingAt();
		return new CalendarInvites.Meeting("review-" + review.getId() + "@partnership-lifecycle",
				review.getInvitationSequence(), "Business review " + review.getNumber() + " with " + partner,
				"To prepare: " + toPrepare(review), start,
				start.plus(Duration.ofMinutes(review.getMeetingDurationMinutes())), recipients.organizer(),
				participants);
	}

	private List<Recipient> participants(Review review) {
		return reviews.participantsOf(review.getId())
			.stream()
			.map((ReviewParticipant p) -> new Recipient(p.getName(), p.getEmail()))
			.toList();
	}

	/**
	 * The participants; those of the partner's who are its contacts with a personal link
	 * to the partner's rating task while it is open (they have no account to rate in
	 * Tasklist otherwise).
	 */
	private List<Recipient> withLinks(Review review) {
		return reviews.participantsOf(review.getId())
			.stream()
			.map((ReviewParticipant p) -> new Recipient(p.getName(), p.getEmail(),
					p.getSide() != Side.PROVIDER ? null
							: links.getObject()
								.forTask(review.getPartnerId(), p.getEmail(), review.getProcessInstanceId(),
										ReviewProcess.RATE_PROVIDER)
								.orElse(null)))
			.toList();
	}

	private List<Recipient> groupMembers(String group) {
		return recipients.membersOf(group);
	}

	private String partnerName(Review review) {
		return partners.get(review.getPartnerId()).getName();
	}

}
