package com.partnerlifecycle.review;

/** Ids of processes/business-review.bpmn and its variables. */
public final class ReviewProcess {

	public static final String KEY = "business-review";

	public static final String OPEN_REVIEW = "ServiceTask_OpenReview";

	public static final String SCHEDULE_MEETING = "UserTask_ScheduleReviewMeeting";

	/**
	 * Since 2.0: both rating tasks, ended by the rating deadline
	 * ({@link #RATING_DEADLINE}) if not done before.
	 */
	public static final String RATE_BEFORE_MEETING = "SubProcess_RateBeforeMeeting";

	public static final String RATE_BUYER = "UserTask_RateReviewBuyer";

	public static final String RATE_PROVIDER = "UserTask_RateReviewProvider";

	/**
	 * Since 2.0: the timer that ends the rating at the deadline, a day before the
	 * meeting.
	 */
	public static final String RATING_DEADLINE = "BoundaryEvent_RatingDeadline";

	/** Since 2.0. */
	public static final String REVEAL_RATINGS = "ServiceTask_RevealRatings";

	public static final String ASSESS_HEALTH = "ServiceTask_AssessReviewHealth";

	/** Since 2.0: the agenda to every participant, through the reminder outbox. */
	public static final String SEND_AGENDA = "SendTask_SendAgenda";

	/** Since 2.1: after the meeting, the minutes and the new action items (followup/). */
	public static final String RECORD_MINUTES = "UserTask_RecordMinutes";

	/** Since 2.1: the partner's answer to the minutes. */
	public static final String ACKNOWLEDGE_MINUTES = "UserTask_AcknowledgeMinutes";

	/**
	 * Since 2.1: the acknowledgement's due date passed; the executives decide without it.
	 */
	public static final String ACKNOWLEDGEMENT_DUE = "BoundaryEvent_AcknowledgementDue";

	public static final String DECIDE_OUTCOME = "UserTask_DecideReviewOutcome";

	public static final String REVIEW_ID = "reviewId";

	public static final String REVIEW_RECOMMENDATION = "reviewRecommendation";

	/** CONTINUE, IMPROVEMENT_PLAN or DISSOLVE: handed back to the lifecycle */
	public static final String REVIEW_DECISION = "reviewDecision";

	/**
	 * What one side submits when it rates: its ratings, values, comment and agenda
	 * topics. Blind to the other side until both have rated, so never a process variable;
	 * the history handler drops any event that carries one of these names.
	 */
	public static final java.util.Set<String> BLIND_FIELDS = java.util.stream.Stream
		.of(RateReviewBuyerForm.BuyerRating.class, RateReviewProviderForm.ProviderRating.class)
		.flatMap(form -> java.util.Arrays.stream(form.getRecordComponents()))
		.map(java.lang.reflect.RecordComponent::getName)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private ReviewProcess() {
	}

	public static final String MEETING_MOVED = "ReviewMeetingMoved";

	public static final String SEND_INVITATIONS = "SendTask_SendInvitations";

	public static final String PREPARE_REMINDER_DUE = "BoundaryEvent_PrepareReminderDue";

	public static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";

}
