package com.partnerlifecycle.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.partnerlifecycle.reminder.ReminderOutbox;

/**
 * The send tasks of processes/action-item.bpmn, one bean each
 * ({@code camunda:delegateExpression}), each its own job with the retry cycle; the outbox
 * sends each mail once.
 */
@Configuration
class ActionItemSteps {

	private final ReminderOutbox outbox;

	private final ActionItemMails mails;

	private final ActionItemService actionItems;

	ActionItemSteps(ReminderOutbox outbox, ActionItemMails mails, ActionItemService actionItems) {
		this.outbox = outbox;
		this.mails = mails;
		this.actionItems = actionItems;
	}

	@Bean
	JavaDelegate remindActionItemDueSoon() {
		return execution -> outbox.deliver(mails.dueSoon(itemId(execution)));
	}

	@Bean
	JavaDelegate remindActionItemDue() {
		return execution -> outbox.deliver(mails.dueToday(itemId(execution)));
	}

	@Bean
	JavaDelegate escalateOverdueActionItem() {
		return execution -> outbox.deliver(mails.overdue(itemId(execution)));
	}

	/**
	 * The item whose process runs the step: found from the process instance, never from a
	 * variable.
	 */
	private Long itemId(DelegateExecution execution) {
		return actionItems.ofProcess(execution.getProcessInstanceId()).getId();
	}

}
