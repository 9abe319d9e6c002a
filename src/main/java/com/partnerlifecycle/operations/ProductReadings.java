package com.partnerlifecycle.operations;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.followup.ActionItem;
import com.partnerlifecycle.followup.ActionItemStatus;
import com.partnerlifecycle.reminder.Reminder;
import com.partnerlifecycle.reminder.ReminderStatus;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewCalendarProperties;
import com.partnerlifecycle.review.ReviewStatus;

/**
 * What the product's gauges show ({@link ProductMetrics}), read from the database at most
 * once per {@link #FRESH_FOR}: a scrape every second costs one round of queries per 15 s,
 * not one per gauge per scrape. One round is one grouped count per gauge, in one
 * read-only transaction.
 * <p>
 * Product tables are counted with JPQL, the engine's with SQL on its tables (names from
 * the engine, with any prefix): no engine query, so no authorization check filters a
 * count. A round runs as the system all the same, the caller's engine authentication
 * cleared: the engine refuses a user even its table names (READ on System), and a scrape
 * may run on a thread where a user is authenticated. A round that fails is remembered for
 * the same 15 s (the gauges show NaN, one warning in the log), so a database that is down
 * is not asked once per gauge.
 */
@Component
class ProductReadings {

	private static final Logger LOG = LoggerFactory.getLogger(ProductReadings.class);

	/** How long one round of counts is shown before the next scrape reads again. */
	static final Duration FRESH_FOR = Duration.ofSeconds(15);

	/**
	 * {@code partnership.reminders} statuses: the four stored ones, SENDING split in two
	 * by its age.
	 */
	static final List<String> REMINDER_STATUSES = List.of("pending", "sending", "sent", "skipped",
			"may_have_been_sent");

	/**
	 * {@code partnership.incidents.open} types: the engine's two, anything else (a custom
	 * incident) as other.
	 */
	static final List<String> INCIDENT_TYPES = List.of("failedJob", "failedExternalTask", "other");

	/**
	 * {@code partnership.tasks.open} groups: the roles, every partner's group as one,
	 * other groups, no group.
	 */
	static final List<String> TASK_GROUPS = List.of(Groups.SOURCING_MANAGERS, Groups.PARTNERSHIP_REVIEWERS,
			Groups.EXECUTIVES, "partner", "other", "none");

	private static final List<ReviewStatus> UNDECIDED = List.of(ReviewStatus.OPEN, ReviewStatus.SCHEDULED,
			ReviewStatus.RATED);

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final ManagementService management;

	private final SystemActions system;

	private final TransactionTemplate readOnly;

	private final BusinessTime time;

	private final Duration lockTime;

	private final Period overdueAfter;

	private volatile Snapshot last;

	ProductReadings(EntityManager entities, JdbcTemplate jdbc, ManagementService management, SystemActions system,
			PlatformTransactionManager transactionManager, BusinessTime time,
			@Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis,
			ReviewCalendarProperties calendar) {
		this.entities = entities;
		this.jdbc = jdbc;
		this.management = management;
		this.system = system;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.time = time;
		this.lockTime = Duration.ofMillis(lockTimeMillis);
		this.overdueAfter = calendar.overdueAfter();
	}

	/** One round of counts, at most {@link #FRESH_FOR} old. */
	Snapshot current() {
		Snapshot snapshot = last;
		if (snapshot != null && !snapshot.olderThan(FRESH_FOR)) {
			return snapshot;
		}
		synchronized (this) {
			// a scrape that waited here finds the round the one before it read
			if (last == null || last.olderThan(FRESH_FOR)) {
				last = readOrRemember();
			}
			return last;
		}
	}

	/**
	 * The next {@link #current()} reads again (tests, after they changed what is
	 * counted).
	 */
	synchronized void forget() {
		last = null;
	}

	private Snapshot readOrRemember() {
		try {
			// as the system: the engine refuses a user even its table names (READ on
			// System)
			return system.run(() -> readOnly.execute(status -> read()));
		}
		catch (RuntimeException unreadable) {
			LOG.warn("The product's metrics could not be read, shown as NaN for {}: {}", FRESH_FOR,
					unreadable.toString());
			return Snapshot.unreadable();
		}
	}

	private Snapshot read() {
		Instant now = time.now();
		return new Snapshot(System.nanoTime(), true, reminders(now), incidents(), jobs(now), tasks(),
				reviewsOverdue(now), actionItemsOverdue());
	}

	/**
	 * By status; a SENDING row older than the job lock time is
	 * {@code may_have_been_sent}: no attempt can still be sending it (ReminderOutbox
	 * takes a younger one for another node's attempt in flight), so the attempt that
	 * marked it stopped between the SMTP call and SENT — its job's next try raises the
	 * incident "may have been sent".
	 */
	private Map<String, Long> reminders(Instant now) {
		Map<String, Long> counts = zeros(REMINDER_STATUSES);
		List<Object[]> rows = entities
			.createQuery("select r.status, count(r), sum(case when r.sendingAt < :stale then 1 else 0 end) from "
					+ Reminder.class.getSimpleName() + " r group by r.status", Object[].class)
			.setParameter("stale", now.minus(lockTime))
			.getResultList();
		for (Object[] row : rows) {
			ReminderStatus status = (ReminderStatus) row[0];
			long all = number(row[1]);
			if (status == ReminderStatus.SENDING) {
				long stale = number(row[2]);
				counts.put("sending", all - stale);
				counts.put("may_have_been_sent", stale);
			}
			else {
				counts.put(status.name().toLowerCase(java.util.Locale.ROOT), all);
			}
		}
		return counts;
	}

	/**
	 * Open incidents by type, each problem once: the incidents the engine copies onto
	 * calling processes are left out.
	 */
	private Map<String, Long> incidents() {
		Map<String, Long> counts = zeros(INCIDENT_TYPES);
		jdbc.query("select INCIDENT_TYPE_, count(*) from " + table(IncidentEntity.class)
				+ " where ID_ = ROOT_CAUSE_INCIDENT_ID_ group by INCIDENT_TYPE_", row -> {
					String type = row.getString(1);
					counts.merge(INCIDENT_TYPES.contains(type) ? type : "other", row.getLong(2), Long::sum);
				});
		return counts;
	}

	/**
	 * due: what the job executor would acquire now (due date passed or none, retries
	 * left, not suspended, no lock or an expired one); locked: held by a node whose lock
	 * has not expired.
	 */
	private Jobs jobs(Instant now) {
		Timestamp at = Timestamp.from(now);
		return jdbc.queryForObject("select count(case when RETRIES_ > 0 and SUSPENSION_STATE_ = 1"
				+ " and (DUEDATE_ is null or DUEDATE_ <= ?) and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ <= ?) then 1 end),"
				+ " count(case when LOCK_OWNER_ is not null and LOCK_EXP_TIME_ > ? then 1 end) from "
				+ table(JobEntity.class), (row, n) -> new Jobs(row.getLong(1), row.getLong(2)), at, at, at);
	}

	/**
	 * Open tasks by candidate group, mapped in the query to a bounded label: every
	 * partner's group ({@code partner-<id>}, {@code partner-representatives}) is
	 * {@code partner}. A task with two candidate groups counts under each; one with none
	 * (only a user, or nobody) under {@code none}.
	 */
	private Map<String, Long> tasks() {
		Map<String, Long> counts = zeros(TASK_GROUPS);
		String roles = "'" + Groups.SOURCING_MANAGERS + "', '" + Groups.PARTNERSHIP_REVIEWERS + "', '"
				+ Groups.EXECUTIVES + "'";
		jdbc.query(
				"select grp, count(distinct task_id) from (select T.ID_ task_id, case when L.GROUP_ID_ is null then 'none'"
						+ " when L.GROUP_ID_ in (" + roles
						+ ") then L.GROUP_ID_ when L.GROUP_ID_ like 'partner-%' then 'partner'"
						+ " else 'other' end grp from " + table(TaskEntity.class) + " T left join "
						+ table(IdentityLinkEntity.class)
						+ " L on L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ is not null) labelled group by grp",
				row -> {
					counts.put(row.getString(1), row.getLong(2));
				});
		return counts;
	}

	/**
	 * Reviews without a decision this long after their due date or their meeting,
	 * whichever is later (ReviewDates.decisionDue): the due date's day ended and the
	 * meeting took place at least overdue-after ago.
	 */
	private long reviewsOverdue(Instant now) {
		return entities
			.createQuery("select count(r) from " + Review.class.getSimpleName()
					+ " r where r.status in :undecided and r.dueDate <= :lastDueDate"
					+ " and (r.meetingAt is null or r.meetingAt < :meetingBefore)", Long.class)
			.setParameter("undecided", UNDECIDED)
			.setParameter("lastDueDate", lastOverdueDueDate(now))
			.setParameter("meetingBefore", now.atZone(time.zone()).minus(overdueAfter).toInstant())
			.getSingleResult();
	}

	/**
	 * The latest due date whose review is overdue now: the end of its day plus
	 * overdue-after has passed.
	 */
	private LocalDate lastOverdueDueDate(Instant now) {
		LocalDate day = time.today().minus(overdueAfter);
		while (!overdue(day, now)) {
			day = day.minusDays(1);
		}
		while (overdue(day.plusDays(1), now)) {
			day = day.plusDays(1);
		}
		return day;
	}

	private boolean overdue(LocalDate dueDate, Instant now) {
		return time.plus(time.endOf(dueDate).toInstant(), overdueAfter.toString()).isBefore(now);
	}

	/** Open or blocked action items whose due date has passed (ActionItem.isOverdue). */
	private long actionItemsOverdue() {
		return entities
			.createQuery("select count(i) from " + ActionItem.class.getSimpleName()
					+ " i where i.status in :open and i.dueDate < :today", Long.class)
			.setParameter("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.BLOCKED))
			.setParameter("today", time.today())
			.getSingleResult();
	}

	private String table(Class<?> entity) {
		return management.getTableName(entity);
	}

	private static Map<String, Long> zeros(List<String> labels) {
		Map<String, Long> counts = new TreeMap<>();
		labels.forEach(label -> counts.put(label, 0L));
		return counts;
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	record Jobs(long due, long locked) {
	}

	/** One round of counts; an unreadable one answers NaN everywhere. */
	record Snapshot(long readAtNanos, boolean readable, Map<String, Long> reminders, Map<String, Long> incidents,
			Jobs jobs, Map<String, Long> tasks, long overdueReviews, long overdueActionItems) {

		static Snapshot unreadable() {
			return new Snapshot(System.nanoTime(), false, Map.of(), Map.of(), new Jobs(0, 0), Map.of(), 0, 0);
		}

		boolean olderThan(Duration age) {
			return System.nanoTime() - readAtNanos > age.toNanos();
		}

		double reminders(String status) {
			return readable ? reminders.getOrDefault(status, 0L) : Double.NaN;
		}

		double incidents(String type) {
			return readable ? incidents.getOrDefault(type, 0L) : Double.NaN;
		}

		double tasks(String group) {
			return readable ? tasks.getOrDefault(group, 0L) : Double.NaN;
		}

		double jobsDue() {
			return readable ? jobs.due() : Double.NaN;
		}

		double jobsLocked() {
			return readable ? jobs.locked() : Double.NaN;
		}

		double reviewsOverdue() {
			return readable ? overdueReviews : Double.NaN;
		}

		double actionItemsOverdue() {
			return readable ? overdueActionItems : Double.NaN;
		}

	}

}
