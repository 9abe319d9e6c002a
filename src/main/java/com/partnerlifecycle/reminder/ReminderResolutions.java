package com.partnerlifecycle.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.SystemActions;

/**
 * "May have been sent" without SQL (docs/operations.md "A reminder that may have been
 * sent"): a person who checked the recipient's mailbox marks a reminder left SENDING as
 * SENT or PENDING, with a note, and the send step's job runs again, skipping SENT rows
 * and sending PENDING ones. Refused while the step may still be running: its job locked,
 * or the SENDING mark younger than the job lock time (another node's attempt may still be
 * in flight, as the outbox assumes). The job runs again only when none of its batch's
 * rows is still SENDING: otherwise it would stop at the next one at once.
 */
@Service
class ReminderResolutions {

	private final ReminderRepository reminders;

	private final ReminderResolutionRepository resolutions;

	private final ManagementService management;

	private final ProcessEngineConfigurationImpl engine;

	private final SystemActions system;

	private final BusinessTime time;

	ReminderResolutions(ReminderRepository reminders, ReminderResolutionRepository resolutions,
			ManagementService management, ProcessEngineConfigurationImpl engine, SystemActions system,
			BusinessTime time) {
		this.reminders = reminders;
		this.resolutions = resolutions;
		this.management = management;
		this.engine = engine;
		this.system = system;
		this.time = time;
	}

	/** What was recorded and what happens next. */
	record Resolved(Reminder reminder, ReminderResolution resolution, List<String> jobIds, boolean jobRetried,
			List<String> stillToResolve) {
	}

	/**
	 * In one transaction: the row, its resolution and the job's retry are written
	 * together or not at all.
	 */
	@Transactional
	Resolved resolve(String key, ReminderResolution.Outcome outcome, String note, String userId) {
		Reminder row = reminders.findByKeyForUpdate(key).orElseThrow(() -> new NotFoundException("reminder", key));
		if (row.getStatus() != ReminderStatus.SENDING) {
			throw new ConflictException("reminder", "reminder " + key + " is " + row.getStatus()
					+ ": only a reminder left SENDING (\"may have been sent\") is resolved");
		}
		Instant now = time.now();
		List<Reminder> batch = batchOf(row);
		List<JobEntity> jobs = system.run(() -> jobsOf(batch));
		for (JobEntity job : jobs) {
			if (job.getLockOwner() != null && job.getLockExpirationTime() != null
					&& job.getLockExpirationTime().toInstant().isAfter(now)) {
				throw new ConflictException("reminder",
						"its send step is running on node " + job.getLockOwner() + " (job " + job.getId()
								+ ", locked until " + job.getLockExpirationTime().toInstant()
								+ "): resolve it once the step has stopped");
			}
		}
		Duration lockTime = Duration.ofMillis(engine.getJobExecutor().getLockTimeInMillis());
		Instant resolvable = row.getSendingAt() == null ? now : row.getSendingAt().plus(lockTime);
		if (resolvable.isAfter(now)) {
			throw new ConflictException("reminder",
					"reminder " + key + " has been SENDING only since " + row.getSendingAt()
							+ ", less than the job lock time (" + lockTime
							+ "): its attempt may still be sending it. It can be resolved from " + resolvable);
		}
		row.resolve(outcome);
		ReminderResolution resolution = resolutions.save(new ReminderResolution(row, outcome, note, userId, now));
		List<String> stillToResolve = batch.stream()
			.filter(r -> r.getStatus() == ReminderStatus.SENDING)
			.map(Reminder::getKey)
			.toList();
		boolean retried = stillToResolve.isEmpty() && !jobs.isEmpty();
		if (retried) {
			system.run(() -> jobs.forEach(job -> retry(job, now)));
		}
		return new Resolved(row, resolution, jobs.stream().map(JobEntity::getId).toList(), retried, stillToResolve);
	}

	/**
	 * The rows of the row's batch, itself included: one mail to several recipients shares
	 * the key up to the recipient's hash ({@link ReminderBatch#keyFor}), and its send
	 * step stops at the first row still SENDING.
	 */
	private List<Reminder> batchOf(Reminder row) {
		String key = row.getKey();
		String prefix = key.lastIndexOf('.') < 0 ? key : key.substring(0, key.lastIndexOf('.') + 1);
		List<Reminder> batch = reminders.findByKeyLike(prefix.replace("%", "") + "%")
			.stream()
			.filter(r -> r.getKey().startsWith(prefix))
			.toList();
		return batch.isEmpty() ? List.of(row) : batch;
	}

	/**
	 * The jobs of the batch's send step: those whose last failure names one of its rows
	 * ("Reminder <key> may have been sent", or "… is being sent by another attempt").
	 * Failed jobs are few; the engine cannot search messages.
	 */
	private List<JobEntity> jobsOf(List<Reminder> batch) {
		List<String> named = batch.stream().map(r -> "Reminder " + r.getKey() + " ").toList();
		return management.createJobQuery()
			.withException()
			.list()
			.stream()
			.filter(job -> job.getExceptionMessage() != null
					&& named.stream().anyMatch(job.getExceptionMessage()::contains))
			.map(JobEntity.class::cast)
			.toList();
	}

	/**
	 * An incident's job gets a retry (the incident ends); one still waiting for its next
	 * retry runs now.
	 */
	private void retry(JobEntity job, Instant now) {
		try {
			if (job.getRetries() <= 0) {
				management.setJobRetries(job.getId(), 1);
			}
			else {
				management.setJobDuedate(job.getId(), Date.from(now));
			}
		}
		catch (OptimisticLockingException startedMeanwhile) {
			throw new ConflictException("reminder",
					"its send step started meanwhile (job " + job.getId() + "): resolve it once the step has stopped");
		}
	}

}
