package com.partnerlifecycle.partneraccess;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.contact.PartnerContact;
import com.partnerlifecycle.contact.PartnerContacts;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.reminder.ReminderBatch;
import com.partnerlifecycle.reminder.ReminderKind;
import com.partnerlifecycle.reminder.ReminderOutbox;

/**
 * "Your task" mails to partner contacts, each with its personal link. A partner-side
 * task's form listener offers its task when it is created ({@link #offer}): in that
 * transaction a job is created (type {@value #JOB_TYPE}), so the mail goes out after the
 * task is committed, through the reminder outbox (never lost, never sent twice; the link
 * is issued when the mail is about to go, {@link PartnerLinks#issue}). A new link asked
 * for on the landing page is another such job for one contact, with the next sequence
 * number.
 */
@Component("taskLinks")
public class TaskLinkMails {

	static final String JOB_TYPE = "partner-task-link-mail";

	private final PartnerContacts contacts;

	private final PartnerService partners;

	private final TaskService taskService;

	private final SystemActions system;

	private final BusinessTime time;

	private final ObjectProvider<ReminderOutbox> outbox;

	private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

	private final PartnerLinkRepository linkRows;

	TaskLinkMails(PartnerLinkRepository linkRows, PartnerContacts contacts, PartnerService partners,
			TaskService taskService, SystemActions system, BusinessTime time, ObjectProvider<ReminderOutbox> outbox,
			ObjectProvider<ProcessEngineConfigurationImpl> engine) {
		this.linkRows = linkRows;
		this.contacts = contacts;
		this.partners = partners;
		this.taskService = taskService;
		this.system = system;
		this.time = time;
		this.outbox = outbox;
		this.engine = engine;
	}

	/**
	 * The partner's contacts with these addresses (all of its contacts for null) get a
	 * mail with a link to this task. Called from a task listener on create, in the
	 * engine's transaction; nothing happens without such contacts.
	 */
	public void offer(DelegateTask task, String partnerId, Collection<String> emails) {
		List<String> to = contacts.of(partnerId, emails).stream().map(PartnerContact::getId).toList();
		if (!to.isEmpty()) {
			schedule(new Job(task.getId(), partnerId, 0, to), task.getExecutionId(), task.getProcessInstanceId(),
					task.getProcessDefinitionId());
		}
	}

	/**
	 * The partner's contacts get a new mail with a link to this open task (the demo,
	 * after a restart: its links were only in memory). The links mailed before for the
	 * task are replaced when the new ones are issued.
	 */
	public void offerAgain(String taskId, String partnerId) {
		Task task = system.run(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
		List<String> to = contacts.of(partnerId, null).stream().map(PartnerContact::getId).toList();
		if (task != null && !to.isEmpty()) {
			int sequence = (int) linkRows.countByTaskId(taskId) + 1;
			schedule(new Job(taskId, partnerId, sequence, to), task.getExecutionId(), task.getProcessInstanceId(),
					task.getProcessDefinitionId());
		}
	}

	/**
	 * A new link for one contact to a task it had a link to (asked for on the landing
	 * page).
	 */
	void resend(PartnerLink link, int sequence) {
		Task task = system.run(() -> taskService.createTaskQuery().taskId(link.getTaskId()).singleResult());
		if (task != null) {
			schedule(new Job(task.getId(), link.getPartnerId(), sequence, List.of(link.getContactId())),
					task.getExecutionId(), task.getProcessInstanceId(), task.getProcessDefinitionId());
		}
	}

	private void schedule(Job job, String executionId, String processInstanceId, String processDefinitionId) {
		engine.getObject().getCommandExecutorTxRequired().execute(commandContext -> {
			MessageEntity message = new MessageEntity();
			message.setJobHandlerType(JOB_TYPE);
			message.setJobHandlerConfigurationRaw(job.canonical());
			message.setExecutionId(executionId);
			message.setProcessInstanceId(processInstanceId);
			message.setProcessDefinitionId(processDefinitionId);
			Context.getCommandContext().getJobManager().send(message);
			return null;
		});
	}

	/** The job: its mails, unless the task has ended meanwhile. */
	@Transactional(readOnly = true)
	ReminderBatch batch(Job job) {
		Task task = system.run(() -> taskService.createTaskQuery().taskId(job.taskId()).singleResult());
		if (task == null) {
			return null;
		}
		String partner = partners.get(job.partnerId()).getName();
		List<ReminderBatch.Recipient> recipients = job.contactIds()
			.stream()
			.map(id -> contacts.find(id).filter(PartnerContact::isActive).orElse(null))
			.filter(Objects::nonNull)
			.map(c -> new ReminderBatch.Recipient(c.getName(), c.getEmail(),
					new ReminderBatch.PersonalLink(c.getId(), task.getId())))
			.toList();
		String subject = task.getName() + ": " + partner;
		String text = "Hello,\n\nfor the partnership of " + partner + " with us, we ask you to do this in our "
				+ "partnership tool: " + task.getName() + "."
				+ (task.getDueDate() == null ? ""
						: "\n\nPlease do it by " + time.display(task.getDueDate().toInstant()) + ".")
				+ "\n\nYou need no account and no password: the link below opens this one task for you.";
		return new ReminderBatch(ReminderKind.TASK_LINK, job.partnerId(), null, null, "task-" + task.getId(),
				job.sequence(), recipients, subject, text, ReminderBatch.html(text), null, null);
	}

	void deliver(Job job) {
		ReminderBatch batch = batch(job);
		if (batch != null && !batch.recipients().isEmpty()) {
			outbox.getObject().deliver(batch);
		}
	}

	/**
	 * What a job carries: the task, its partner, the mail's sequence number, the
	 * contacts. No address, no token.
	 */
	record Job(String taskId, String partnerId, int sequence, List<String> contactIds) {

		String canonical() {
			return taskId + ";" + partnerId + ";" + sequence + ";" + String.join(",", contactIds);
		}

		static Job parse(String canonical) {
			String[] parts = canonical.split(";", -1);
			return new Job(parts[0], parts[1], Integer.parseInt(parts[2]),
					parts[3].isEmpty() ? List.of() : Arrays.asList(parts[3].split(",")));
		}
	}

}
