package com.partnerlifecycle.review;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.SystemActions;

/**
 * Moves a scheduled review meeting: the review's timers and its tasks' dates follow it,
 * and the review's process sends the updated invitations (same UID, higher SEQUENCE)
 * through message {@link ReviewProcess#MEETING_MOVED}.
 */
@Service
public class ReviewMeetingMoves {

	private final ReviewService reviews;

	private final ReviewDates dates;

	private final ReviewRepository repository;

	private final SystemActions system;

	private final ManagementService managementService;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	public ReviewMeetingMoves(ReviewService reviews, ReviewDates dates, ReviewRepository repository,
			SystemActions system, ManagementService managementService, TaskService taskService,
			RuntimeService runtimeService) {
		this.reviews = reviews;
		this.dates = dates;
		this.repository = repository;
		this.system = system;
		this.managementService = managementService;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
	}

	/**
	 * Review {@code number}'s meeting, scheduled or rated, moves; its length is named as
	 * the API names it.
	 */
	@Transactional
	public Review reschedule(String partnerId, int number, Instant meetingAt, int meetingDurationMinutes) {
		Review review = reviews.get(partnerId, number);
		if (review.getStatus() != ReviewStatus.SCHEDULED && review.getStatus() != ReviewStatus.RATED) {
			throw new ConflictException("review", "review " + number + " is " + review.getStatus().name().toLowerCase()
					+ ": only a scheduled meeting can move");
		}
		MeetingRules.requireDuration(ReviewController.DURATION_MINUTES, meetingDurationMinutes);
		dates.requireMeetingWindow(review, meetingAt);
		review.reschedule(meetingAt, meetingDurationMinutes);
		repository.flush();
		system.run(() -> {
			for (var job : managementService.createJobQuery()
				.processInstanceId(review.getProcessInstanceId())
				.timers()
				.listPage(0, 20)) {
				managementService.recalculateJobDuedate(job.getId(), false);
			}
			boolean ratingDeadline = managementService.createJobQuery()
				.processInstanceId(review.getProcessInstanceId())
				.activityId(ReviewProcess.RATING_DEADLINE)
				.count() > 0;
			if (ratingDeadline) { // the rating tasks are due at the deadline, which moved
									// with the meeting
				Date due = Date.from(dates.ratingDeadlineOf(review));
				Date followUp = dates.prepareReminderOf(review);
				for (var task : taskService.createTaskQuery()
					.processInstanceId(review.getProcessInstanceId())
					.taskDefinitionKeyIn(ReviewProcess.RATE_BUYER, ReviewProcess.RATE_PROVIDER)
					.list()) {
					task.setDueDate(due);
					task.setFollowUpDate(followUp); // reminded to prepare: moved with the
													// meeting too
					taskService.saveTask(task);
				}
			}
			// after the reveal the decision waits: due with the overdue escalation, which
			// moved with the meeting
			for (var task : taskService.createTaskQuery()
				.processInstanceId(review.getProcessInstanceId())
				.taskDefinitionKey(ReviewProcess.DECIDE_OUTCOME)
				.list()) {
				task.setDueDate(dates.decisionDueOf(review));
				task.setFollowUpDate(dates.meetingFollowUpOf(review));
				taskService.saveTask(task);
			}
			// correlateAll: no error while the first invitations are still to go out
			// (their step, retrying while a
			// mail server is down, reads the moved meeting); the rating has not begun,
			// nothing waits for the message
			runtimeService.createMessageCorrelation(ReviewProcess.MEETING_MOVED)
				.processInstanceId(review.getProcessInstanceId())
				.correlateAll();
		});
		return review;
	}

}
