package com.partnerlifecycle.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.agreement.Agreement;
import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CallingProcess;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.partner.PartnerService;

/**
 * The review's calendar as its processes read it: bean {@code reviews}, so every
 * {@code ${reviews.…}} of deployed BPMN (the lifecycle's next-review timer, the business
 * review's due dates, follow-ups, reminders, rating deadline and overdue escalation, the
 * partner's group for the provider side's tasks) is answered here; their names and
 * signatures are API while instances of older versions run. Also the one rule for a
 * meeting's date window.
 */
@Service("reviews")
public class ReviewDates {

	/** How far ahead a review meeting may be set. */
	static final Period MEETING_WINDOW = Period.ofYears(2);

	private final ReviewRepository reviews;

	private final AgreementService agreements;

	private final PartnerService partners;

	private final ReviewCalendarProperties calendar;

	private final BusinessTime time;

	public ReviewDates(ReviewRepository reviews, AgreementService agreements, PartnerService partners,
			ReviewCalendarProperties calendar, BusinessTime time) {
		this.reviews = reviews;
		this.agreements = agreements;
		this.partners = partners;
		this.calendar = calendar;
		this.time = time;
	}

	/**
	 * The due date of the partnership's next review: start + n × cadence, or half a
	 * cadence after an improvement plan.
	 */
	@Transactional(readOnly = true)
	public LocalDate nextDueDate(String partnerId) {
		return nextDueDate(agreements.get(partnerId), reviews.findFirstByPartnerIdOrderByNumberDesc(partnerId));
	}

	/** {@link #nextDueDate(String)} from the agreement and last review already read. */
	public LocalDate nextDueDate(Agreement agreement, Optional<Review> last) {
		return ReviewCalendar.nextDueDate(agreement.getStartDate(), Period.parse(agreement.getReviewCadence()),
				last.map(Review::getDueDate).orElse(null),
				last.map(r -> r.getDecision() == ReviewRecommendation.IMPROVEMENT_PLAN).orElse(false));
	}

	/** When the next review's process starts: its due date minus the scheduling lead. */
	@Transactional(readOnly = true)
	public Date nextReviewStart(String partnerId) {
		CallingProcess.mustBePartner(partnerId);
		return time.startOf(ReviewCalendar.scheduleFrom(nextDueDate(partnerId), calendar.schedulingLead()));
	}

	/** "Schedule the review meeting" is due on the review's due date. */
	@Transactional(readOnly = true)
	public Date dueDate(Long reviewId) {
		return time.endOf(called(reviewId).getDueDate());
	}

	/** Tasklist follows the scheduling up a week before the due date. */
	@Transactional(readOnly = true)
	public Date schedulingFollowUp(Long reviewId) {
		return Date.from(time.startOf(called(reviewId).getDueDate()).toInstant().minus(java.time.Duration.ofDays(7)));
	}

	/** The rating tasks are followed up when the meeting starts (business review 1.x). */
	@Transactional(readOnly = true)
	public Date meetingStart(Long reviewId) {
		return Date.from(meetingOrDue(called(reviewId)));
	}

	/** Both sides rate within the rating period after the meeting. */
	@Transactional(readOnly = true)
	public Date meetingFollowUp(Long reviewId) {
		return meetingFollowUpOf(called(reviewId));
	}

	Date meetingFollowUpOf(Review review) {
		return Date.from(time.plus(meetingOrDue(review), calendar.ratingPeriod().toString()));
	}

	/**
	 * Overdue = no decision this long after the due date or the meeting, whichever is
	 * later.
	 */
	@Transactional(readOnly = true)
	public Date decisionDue(Long reviewId) {
		return decisionDueOf(called(reviewId));
	}

	/** {@link #decisionDue(Long)} of a review already read, e.g. by the dashboard. */
	public Date decisionDueOf(Review review) {
		return Date.from(time.plus(meetingOrDue(review), calendar.overdueAfter().toString()));
	}

	private Instant meetingOrDue(Review review) {
		Instant due = time.endOf(review.getDueDate()).toInstant();
		return review.getMeetingAt() != null && review.getMeetingAt().isAfter(due) ? review.getMeetingAt() : due;
	}

	/**
	 * The reminder to prepare goes out this long before the meeting (at once if the
	 * meeting is closer).
	 */
	@Transactional(readOnly = true)
	public Date prepareReminderAt(Long reviewId) {
		return prepareReminderOf(called(reviewId));
	}

	Date prepareReminderOf(Review review) {
		if (review.getMeetingAt() == null) {
			throw new IllegalStateException("Review " + review.getId() + " has no meeting yet");
		}
		return Date.from(review.getMeetingAt().atZone(time.zone()).minus(calendar.prepareBefore()).toInstant());
	}

	/**
	 * Both sides rate before the meeting: their tasks are due, and their ratings
	 * revealed, this long before it ({@code partnership.review-calendar.rating-lead},
	 * default one day). The timer follows a moved meeting.
	 */
	@Transactional(readOnly = true)
	public Date ratingDeadline(Long reviewId) {
		return Date.from(ratingDeadlineOf(called(reviewId)));
	}

	/** The rating deadline of a review whose meeting is set. */
	public Instant ratingDeadlineOf(Review review) {
		if (review.getMeetingAt() == null) {
			throw new IllegalStateException("Review " + review.getId() + " has no meeting yet");
		}
		return review.getMeetingAt().atZone(time.zone()).minus(calendar.ratingLead()).toInstant();
	}

	/**
	 * The group holding the partner's representatives: the provider side's tasks go
	 * there.
	 */
	public String partnerGroup(String partnerId) {
		CallingProcess.mustBePartner(partnerId);
		return partners.groupOf(partnerId);
	}

	/**
	 * The one rule for a meeting's date, whether scheduled in Tasklist or moved through
	 * the API: until the ratings are revealed at least the rating lead plus one day ahead
	 * (both sides rate before it), after the reveal in the future; and at most
	 * {@link #MEETING_WINDOW} ahead (a year 99999 or an epoch number read as a date is a
	 * mistake).
	 */
	void requireMeetingWindow(Review review, Instant meetingAt) {
		Instant now = time.now();
		if (!meetingAt.isAfter(now)) {
			throw new InvalidInputException("meetingDate", "must be in the future");
		}
		if (!review.isRevealed()) {
			java.time.ZonedDateTime earliest = now.atZone(time.zone()).plus(calendar.ratingLead()).plusDays(1);
			if (meetingAt.isBefore(earliest.toInstant())) {
				throw new InvalidInputException("meetingDate",
						"must leave both sides time to rate before it (" + calendar.ratingLead()
								+ " before the meeting) plus one day: at the earliest "
								+ time.display(earliest.toInstant()));
			}
		}
		java.time.ZonedDateTime latest = now.atZone(time.zone()).plus(MEETING_WINDOW);
		if (meetingAt.isAfter(latest.toInstant())) {
			throw new InvalidInputException("meetingDate",
					"must be within 2 years from now, at the latest " + latest.toLocalDate());
		}
	}

	/**
	 * The review an expression of a business review asks for: deployed BPMN passes the id
	 * it read from the process, so the review must be the one that process runs.
	 */
	private Review called(Long reviewId) {
		Review review = reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("review", reviewId));
		CallingProcess.mustRun(review.getProcessInstanceId(), "Review " + reviewId);
		return review;
	}

}
