package com.partnerlifecycle.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.form.FormContext;
import com.partnerlifecycle.common.form.FormTaskListener;
import com.partnerlifecycle.review.ReviewService;

/**
 * "Report on the action item": its owner reports it done, with a note of what was done,
 * or blocked, with the reason. A blocked item stays open, heads the next meeting's
 * agenda, and its owner can report again when it moves.
 */
@Component("reportActionItemForm")
class ReportActionItemForm extends FormTaskListener<ReportActionItemForm.ItemReport> {

	/** What the owner reports. */
	enum Reported {

		DONE, BLOCKED

	}

	/** Form {@code report-action-item}. */
	record ItemReport(@NotNull Reported actionItemOutcome, @NotBlank @Size(max = 4000) String actionItemNote) {
	}

	private final ActionItemService actionItems;

	private final ReviewService reviews;

	private final com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks;

	ReportActionItemForm(ActionItemService actionItems, ReviewService reviews,
			com.partnerlifecycle.partneraccess.TaskLinkMails taskLinks) {
		super("report-action-item", ItemReport.class);
		this.actionItems = actionItems;
		this.reviews = reviews;
		this.taskLinks = taskLinks;
	}

	@Override
	protected void prepare(DelegateTask task) {
		ActionItem item = actionItems.ofProcess(task.getProcessInstanceId());
		FormContext.of(task)
			.put("actionItemTitle", item.getTitle())
			.put("actionItemOwner", item.getOwnerName())
			.put("actionItemDueDate", item.getDueDate().toString())
			.put("actionItemAgreedAt", "Business review " + reviews.get(item.getReviewId()).getNumber())
			.put("actionItemAnswers", item.getAnswers() == null ? "–" : item.getAnswers())
			.put("actionItemBlocked", item.getStatus() == ActionItemStatus.BLOCKED ? item.getStatusNote() : null);
		if (item.getOwnerSide() == com.partnerlifecycle.common.Side.PROVIDER && item.getOwnerUserId() == null
				&& item.getOwnerEmail() != null) {
			// owned by one of the partner's contacts (no account): a link to report
			taskLinks.offer(task, item.getPartnerId(), java.util.List.of(item.getOwnerEmail()));
		}
	}

	@Override
	protected void submit(DelegateTask task, ItemReport form) {
		ActionItem item = actionItems.ofProcess(task.getProcessInstanceId());
		switch (form.actionItemOutcome()) {
			case DONE -> actionItems.reportDone(item.getId(), form.actionItemNote());
			case BLOCKED -> actionItems.reportBlocked(item.getId(), form.actionItemNote());
		}
		task.getExecution().setVariable(ActionItemProcess.REPORTED, form.actionItemOutcome().name());
	}

}
