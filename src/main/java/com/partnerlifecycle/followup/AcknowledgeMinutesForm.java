package com.partnerlifecycle.followup;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewFollowUps;
import com.partnerlifecycle.review.ReviewService;

/**
 * "Acknowledge the minutes": the partner's representatives read the minutes and every
 * action item agreed, and accept them or comment on them and on any of their own items.
 * Not answered by its due date, the executives decide without it.
 */
@Component("acknowledgeReviewMinutesForm")
class AcknowledgeMinutesForm extends FormTaskListener<AcknowledgeMinutesForm.MinutesAnswer> {

	/** Form {@code acknowledge-review-minutes}. */
	record MinutesAnswer(@NotNull Acknowledgement acknowledgement, @Size(max = 4000) String acknowledgementComment,
			@Size(max = 20,
					message = "at most 20 rows") List<MinutesService.@NotNull @Valid ItemComment> itemComments) {
	}

	private final MinutesService minutes;

	private final ReviewService reviews;

	private final com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks;

	AcknowledgeMinutesForm(MinutesService minutes, ReviewService reviews,
			com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks) {
		super("acknowledge-review-minutes", MinutesAnswer.class);
		this.minutes = minutes;
		this.reviews = reviews;
		this.taskLinks = taskLinks;
	}

	@Override
	protected void prepare(DelegateTask task) {
		Review review = reviews.ofProcess(task.getProcessInstanceId());
		ReviewFollowUps.Minutes recorded = minutes.minutesOf(review.getId()).orElseThrow();
		List<ReviewFollowUps.Item> items = minutes.itemsOf(review.getId());
		FormContext.of(task)
			.put("reviewNumber", review.getNumber())
			.put("minutesSummary", recorded.summary())
			.put("minutesDecisions", recorded.decisions() == null ? "–" : recorded.decisions())
			.put("actionItemsTable", com.partnerlifecycle.review.ReviewTables.items(items))
			.put("yourItemOptions",
					items.stream()
						.filter(item -> item.ownerSide() == Side.PROVIDER)
						.map(item -> FormContext.option(String.valueOf(item.id()),
								item.title() + " — " + item.owner() + ", due " + item.dueDate()))
						.toList());
		// the review's participants of the partner's who are its contacts get a link to
		// acknowledge
		taskLinks.offer(task, review.getPartnerId(), reviews.providerParticipantEmails(review.getId()));
	}

	@Override
	protected void check(DelegateTask task, MinutesAnswer form) {
		minutes.checkAcknowledgement(reviews.ofProcess(task.getProcessInstanceId()).getId(), form.acknowledgement(),
				form.acknowledgementComment(), form.itemComments() == null ? List.of() : form.itemComments());
	}

	@Override
	protected void submit(DelegateTask task, MinutesAnswer form) {
		minutes.acknowledge(reviews.ofProcess(task.getProcessInstanceId()).getId(), form.acknowledgement(),
				form.acknowledgementComment(), form.itemComments() == null ? List.of() : form.itemComments());
	}

}
