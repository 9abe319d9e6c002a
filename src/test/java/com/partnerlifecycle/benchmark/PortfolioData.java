package com.partnerlifecycle.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerlifecycle.demo.DemoIdentity;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.review.ReviewProcess;

/**
 * Issue 8.4's portfolio: {@code partners} partners bulk-loaded into the application's
 * tables with the records their stage implies (stage history, pilots, evaluations,
 * agreements, past reviews with ratings and reminders, termination requests,
 * dissolutions), of which {@code liveLifecycles} have a live lifecycle instance in the
 * engine, started right at the step their stage waits at (plan the pilots, enter the
 * evaluation, draft the agreement, or the active partnership with its review and renewal
 * timers), and burst partners each with one business review waiting right before "Send
 * the invitations", held back until its round of the reminder burst.
 */
final class PortfolioData {

	static final String[] LIVE_STAGES = { "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
			"ACTIVE", "ACTIVE", "ACTIVE", "CANDIDATE", "CANDIDATE", "CANDIDATE", "CANDIDATE", "EVALUATION",
			"EVALUATION", "EVALUATION", "AGREEMENT", "AGREEMENT", "AGREEMENT" };

	static final String[] ENDED_STAGES = { "DISSOLVED", "DISSOLVED", "DISSOLVED", "DISSOLVED", "DISSOLVED", "DISSOLVED",
			"REJECTED", "REJECTED", "WITHDRAWN", "WITHDRAWN" };

	static final List<String> PATH = List.of("CANDIDATE", "PILOT", "EVALUATION", "AGREEMENT", "ACTIVE", "DISSOLVING",
			"DISSOLVED");

	/** Where each partner's lifecycle instance waits, by stage. */
	static final Map<String, String> WAITS_AT = Map.of("CANDIDATE", LifecycleProcess.PLAN_PILOTS, "EVALUATION",
			LifecycleProcess.ENTER_EVALUATION, "AGREEMENT", LifecycleProcess.DRAFT_AGREEMENT, "ACTIVE",
			LifecycleProcess.ACTIVE_PARTNERSHIP);

	/**
	 * A burst round: its partners' review instances, whose "Send the invitations" jobs
	 * are held back by a due date a year ahead (one day per set) until the round makes
	 * them due at once.
	 */
	record BurstSet(String name, List<String> processInstanceIds, Instant heldUntil) {

		int size() {
			return processInstanceIds.size();
		}

	}

	record Loaded(int partners, int liveLifecycles, Map<String, Integer> partnersByStage, List<BurstSet> burstSets,
			List<String> partnerIds, double seconds) {
	}

	private static final int BATCH = 2_000;

	private final Connection connection;

	private final Instant now = Instant.now();

	private final Map<String, Batch> batches = new LinkedHashMap<>();

	private long nextId = 1_000_000;

	private PortfolioData(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Loads everything; per setup (e.g. "1 node", "2 nodes") burst sets named "<setup>
	 * warm-up" with {@code burstWarmUp} partners and "<setup> round r" with {@code burst}
	 * partners each.
	 */
	static Loaded load(InProcessApp app, Database database, Size size, List<String> setups) throws Exception {
		long start = System.nanoTime();
		app.bean(DemoIdentity.class).create(); // the demo users call the API and Tasklist
		List<String> sets = new ArrayList<>();
		Map<String, Integer> setSizes = new LinkedHashMap<>();
		for (String setup : setups) {
			sets.add(setup + " warm-up");
			setSizes.put(setup + " warm-up", size.burstWarmUp());
			for (int r = 1; r <= size.burstRounds(); r++) {
				sets.add(setup + " round " + r);
				setSizes.put(setup + " round " + r, size.burst());
			}
		}
		List<String> setOfPartner = new ArrayList<>();
		setSizes.forEach((set, n) -> {
			for (int k = 0; k < n; k++) {
				setOfPartner.add(set);
			}
		});
		int burstPartners = setOfPartner.size();
		if (size.liveLifecycles() + burstPartners > size.partners()) {
			throw new IllegalArgumentException("more live lifecycles and burst partners than partners");
		}
		Map<String, Integer> byStage = new LinkedHashMap<>();
		List<String> live = new ArrayList<>();
		Map<String, List<String[]>> burst = new LinkedHashMap<>(); // set -> [partnerId,
																	// reviewId, name]
		List<String> ids = new ArrayList<>();
		try (Connection connection = database.connectForBulk()) {
			connection.setAutoCommit(false);
			PortfolioData data = new PortfolioData(connection);
			for (int i = 0; i < size.partners(); i++) {
				String id = String.format("p%06d", i);
				ids.add(id);
				String stage;
				String set = null;
				if (i < size.liveLifecycles()) {
					stage = LIVE_STAGES[i % LIVE_STAGES.length];
					live.add(id);
				}
				else if (i < size.liveLifecycles() + burstPartners) {
					stage = "ACTIVE";
					set = setOfPartner.get(i - size.liveLifecycles());
				}
				else {
					stage = ENDED_STAGES[i % ENDED_STAGES.length];
				}
				byStage.merge(stage, 1, Integer::sum);
				long reviewId = data.partner(id, i, stage, set != null);
				if (set != null) {
					burst.computeIfAbsent(set, s -> new ArrayList<>())
						.add(new String[] { id, Long.toString(reviewId), name(id, i) });
				}
			}
			data.flushAll();
			data.restartIdentities(database);
			connection.commit();
		}
		List<BurstSet> burstSets = new ArrayList<>();
		startLifecycles(app, live, byStageOf(live, size));
		Instant held = Instant.now().plus(Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
		for (String set : sets) {
			held = held.plus(Duration.ofDays(1));
			burstSets.add(new BurstSet(set, startReviews(app, burst.getOrDefault(set, List.of()), held), held));
		}
		return new Loaded(size.partners(), live.size(), byStage, burstSets, ids, (System.nanoTime() - start) / 1e9);
	}

	private static Map<String, String> byStageOf(List<String> live, Size size) {
		Map<String, String> stages = new LinkedHashMap<>();
		for (int i = 0; i < live.size(); i++) {
			stages.put(live.get(i), LIVE_STAGES[i % LIVE_STAGES.length]);
		}
		return stages;
	}

	static String name(String id, int i) {
		String[] words = { "Cloud", "Data", "Managed", "Hosting", "Consulting", "Analytics", "Networks", "Security" };
		return words[i % words.length] + " " + words[(i / 8) % words.length] + " " + id.toUpperCase();
	}

	/**
	 * The partner's row and the records of its stage; returns the id of the review a
	 * burst partner waits at.
	 */
	private long partner(String id, int i, String stage, boolean burstPartner) throws SQLException {
		String name = name(id, i);
		Instant registered = now.minus(Duration.ofDays(400 + i % 700));
		boolean ended = stage.equals("DISSOLVED") || stage.equals("REJECTED") || stage.equals("WITHDRAWN");
		add("partner",
				"insert into partner (id, name, name_key, description, contact_email, planned_pilots, stage, mode, "
						+ "pilot_extensions, buyer_benefits, provider_benefits, registered_at, registered_by, version, archived_at, "
						+ "group_id) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'sofia', 0, ?, ?)",
				id, name, name.toLowerCase(), "Provider of " + name, "contact@" + id + ".example", 1, stage,
				stage.equals("ACTIVE") && i % 3 == 0 ? "PARTNER" : "VENDOR", "Lower costs", "A reference customer",
				ts(registered), stage.equals("DISSOLVED") ? ts(now.minus(Duration.ofDays(i % 300))) : null,
				"partner-" + id);
		// the stages it went through
		List<String> path = new ArrayList<>();
		switch (stage) {
			case "REJECTED" -> path.addAll(List.of("CANDIDATE", "PILOT", "EVALUATION", "REJECTED"));
			case "WITHDRAWN" -> path.addAll(List.of("CANDIDATE", "PILOT", "WITHDRAWN"));
			default -> path.addAll(PATH.subList(0, PATH.indexOf(stage) + 1));
		}
		String from = null;
		for (int s = 0; s < path.size(); s++) {
			add("stage_transition",
					"insert into stage_transition (id, partner_id, from_stage, to_stage, changed_at, changed_by, activity_id) "
							+ "values (?, ?, ?, ?, ?, 'sofia', ?)",
					id(), id, from, path.get(s), ts(registered.plus(Duration.ofDays(20L * s))), "Event_" + path.get(s));
			from = path.get(s);
		}
		if (path.size() < 2) {
			return 0;
		}
		// one pilot with two criteria
		long pilot = id();
		boolean pilotDone = !stage.equals("WITHDRAWN");
		add("pilot",
				"insert into pilot (id, partner_id, round, title, end_date, status, quality_score, cost_score, timeliness_score, "
						+ "criteria_met, score, delivered_outcomes, assessed_by, assessed_at, reviewed_by, reviewed_at, planned_by, "
						+ "planned_at, closed_reason) values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sofia', ?, ?)",
				pilot, id, "Pilot of " + name, date(registered.plus(Duration.ofDays(30))),
				pilotDone ? "COMPLETED" : "CLOSED", pilotDone ? 4 : null, pilotDone ? 4 : null, pilotDone ? 4 : null,
				pilotDone ? 2 : null, pilotDone ? new java.math.BigDecimal("90.0") : null,
				pilotDone ? "Migrated two workloads" : null, pilotDone ? "samuel" : null,
				pilotDone ? ts(registered.plus(Duration.ofDays(31))) : null, pilotDone ? "rita" : null,
				pilotDone ? ts(registered.plus(Duration.ofDays(32))) : null, ts(registered.plus(Duration.ofDays(1))),
				pilotDone ? null : "Withdrawn: new strategy");
		for (int c = 0; c < 2; c++) {
			add("pilot_criterion",
					"insert into pilot_criterion (id, pilot_id, position, description, rating) values (?, ?, ?, ?, ?)",
					id(), pilot, c, "Criterion " + (c + 1), pilotDone ? new java.math.BigDecimal("1.00") : null);
		}
		if (stage.equals("WITHDRAWN")) {
			add("termination_request",
					"insert into termination_request (id, partner_id, requested_by, reason, stage_at_request, requested_at, "
							+ "requested_by_user) values (?, ?, 'PROVIDER', 'New strategy', 'PILOT', ?, 'sofia')",
					id(), id, ts(registered.plus(Duration.ofDays(40))));
			return 0;
		}
		if (stage.equals("EVALUATION")) {
			return 0;
		}
		// the evaluation at the gate
		long evaluation = id();
		boolean rejected = stage.equals("REJECTED");
		add("evaluation",
				"insert into evaluation (id, partner_id, round, vetting_success_agreed, vetting_mutual_understanding, "
						+ "vetting_same_team, vetting_score, entered_by, entered_at, pilot_score_average, gate_score, "
						+ "joint_success_probability, recommendation, decision, overridden, complexity_acknowledged, decided_by, "
						+ "decided_at) values (?, ?, 0, ?, ?, ?, ?, 'samuel', ?, ?, ?, 0.9000, ?, ?, false, false, 'rita', ?)",
				evaluation, id, rejected ? 1 : 5, rejected ? 1 : 5, rejected ? 1 : 5,
				new java.math.BigDecimal(rejected ? "0.0" : "100.0"), ts(registered.plus(Duration.ofDays(45))),
				new java.math.BigDecimal("90.0"), new java.math.BigDecimal(rejected ? "63.0" : "93.0"),
				rejected ? "REJECT" : "PROCEED", rejected ? "REJECT" : "PROCEED",
				ts(registered.plus(Duration.ofDays(47))));
		add("evaluation_component",
				"insert into evaluation_component (id, evaluation_id, position, name, kind, probability) "
						+ "values (?, ?, 0, 'Provider team', 'PARTY', 0.9000)",
				id(), evaluation);
		for (int r = 0; r < 2; r++) {
			add("evaluation_reason", "insert into evaluation_reason (evaluation_id, position, reason) values (?, ?, ?)",
					evaluation, r, "Reason " + (r + 1) + " for the recommendation");
		}
		if (rejected || stage.equals("AGREEMENT")) {
			return 0;
		}
		// the agreement, signed; half-yearly reviews
		Instant start = now.minus(Duration.ofDays(burstPartner ? 170 : stage.equals("ACTIVE") ? 200 : 400));
		LocalDate startDate = LocalDate.ofInstant(start, ZoneOffset.UTC);
		long agreement = id();
		add("agreement",
				"insert into agreement (id, partner_id, buyer_benefits, provider_benefits, immediate_expectations, "
						+ "downstream_expectations, start_date, end_date, notice_period_days, review_cadence, status, drafted_by, "
						+ "drafted_at, signed_by, signed_at, original_end_date, renewal_count) "
						+ "values (?, ?, 'Lower costs', 'A reference customer', 'Stable operations', 'Joint offering', ?, ?, 90, "
						+ "'P6M', 'SIGNED', 'sofia', ?, 'erik', ?, ?, 0)",
				agreement, id, Date.valueOf(startDate), Date.valueOf(startDate.plusYears(2)), ts(start), ts(start),
				Date.valueOf(startDate.plusYears(2)));
		add("agreement_sponsor",
				"insert into agreement_sponsor (id, agreement_id, side, position, user_id, name, email, role) "
						+ "values (?, ?, 'BUYER', 0, 'erik', 'Erik Holm', 'erik@buyer.example', null)",
				id(), agreement);
		add("agreement_sponsor",
				"insert into agreement_sponsor (id, agreement_id, side, position, user_id, name, email, role) "
						+ "values (?, ?, 'PROVIDER', 0, null, 'Pat Provider', ?, 'CEO')",
				id(), agreement, "pat@" + id + ".example");
		if (burstPartner) {
			// review 1 is due in 14 days, its meeting in 10 days is set: the invitation
			// is about to go out
			long review = id();
			add("review",
					"insert into review (id, partner_id, number, due_date, status, meeting_at, meeting_minutes, scheduled_by, "
							+ "scheduled_at, invitation_sequence) values (?, ?, 1, ?, 'SCHEDULED', ?, 60, 'sofia', ?, 0)",
					review, id, Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(14)),
					ts(now.plus(Duration.ofDays(10))), ts(now));
			add("review_participant",
					"insert into review_participant (id, review_id, side, position, name, email, role) "
							+ "values (?, ?, 'PROVIDER', 0, ?, ?, 'Lead')",
					id(), review, "Contact " + id, "contact@" + id + ".example");
			return review;
		}
		int reviews = stage.equals("ACTIVE") ? 1 : 2;
		for (int n = 1; n <= reviews; n++) {
			long review = id();
			LocalDate due = startDate.plusMonths(6L * n);
			Instant meeting = due.minusDays(3).atTime(10, 0).toInstant(ZoneOffset.UTC);
			add("review",
					"insert into review (id, partner_id, number, due_date, status, meeting_at, meeting_minutes, scheduled_by, "
							+ "scheduled_at, buyer_value, provider_value, healthy, value_ratio, mode_after, recommendation, decision, "
							+ "decided_by, decided_at, invitation_sequence) values (?, ?, ?, ?, 'DECIDED', ?, 60, 'sofia', ?, "
							+ "100000.00, 80000.00, true, 1.25, 'VENDOR', 'CONTINUE', 'CONTINUE', 'eva', ?, 0)",
					review, id, n, Date.valueOf(due), ts(meeting), ts(meeting.minus(Duration.ofDays(10))),
					ts(meeting.plus(Duration.ofDays(2))));
			add("review_reason", "insert into review_reason (review_id, position, reason) values (?, 0, ?)", review,
					"Both sides rated the partnership healthy");
			for (String side : new String[] { "BUYER", "PROVIDER" }) {
				add("review_rating",
						"insert into review_rating (id, review_id, side, cooperative, transparent, end_user_focused, "
								+ "innovation_driven, first_value, second_value, rated_by, rated_at) "
								+ "values (?, ?, ?, 4, 4, 4, 4, 100000.00, 0.00, ?, ?)",
						id(), review, side, side.equals("BUYER") ? "erik" : "rep-" + id,
						ts(meeting.plus(Duration.ofDays(1))));
				long participant = id();
				add("review_participant",
						"insert into review_participant (id, review_id, side, position, user_id, name, email, role) "
								+ "values (?, ?, ?, 0, ?, ?, ?, 'Lead')",
						participant, review, side, side.equals("BUYER") ? "erik" : null,
						side.equals("BUYER") ? "Erik Holm" : "Pat Provider",
						side.equals("BUYER") ? "erik@buyer.example" : "pat@" + id + ".example");
				add("reminder",
						"insert into reminder (id, reminder_key, kind, partner_id, review_id, sequence_number, recipient_name, "
								+ "recipient_email, subject, status, channel, attempts, created_at, sending_at, sent_at, version) "
								+ "values (?, ?, 'INVITATION', ?, ?, 0, ?, ?, ?, 'SENT', 'SMTP', 1, ?, ?, ?, 2)",
						id(), "review-" + review + "-INVITATION-0-" + side.toLowerCase() + "@" + id, id, review, side,
						side.toLowerCase() + "@" + id + ".example",
						"Invitation: business review " + n + " with " + name, ts(meeting.minus(Duration.ofDays(10))),
						ts(meeting.minus(Duration.ofDays(10))), ts(meeting.minus(Duration.ofDays(10))));
			}
		}
		if (stage.equals("DISSOLVED")) {
			add("termination_request",
					"insert into termination_request (id, partner_id, requested_by, reason, stage_at_request, requested_at, "
							+ "requested_by_user) values (?, ?, 'BUYER', 'Consolidating providers', 'ACTIVE', ?, 'sofia')",
					id(), id, ts(now.minus(Duration.ofDays(30))));
			add("dissolution",
					"insert into dissolution (id, partner_id, cause, reason, started_at, hand_over_by, exit_planned_by, "
							+ "exit_planned_at, buyer_confirmed_by, buyer_confirmed_at, provider_confirmed_by, provider_confirmed_at, "
							+ "lessons_learned, would_partner_again, lessons_by, lessons_at, archived_at) values (?, ?, "
							+ "'TERMINATION_REQUESTED', 'The buyer asked to end it: Consolidating providers', ?, ?, 'sofia', ?, "
							+ "'samuel', ?, ?, ?, 'Agree exit terms at signing', 'YES', 'sofia', ?, ?)",
					id(), id, ts(now.minus(Duration.ofDays(30))),
					Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)), ts(now.minus(Duration.ofDays(29))),
					ts(now.minus(Duration.ofDays(10))), "rep-" + id, ts(now.minus(Duration.ofDays(10))),
					ts(now.minus(Duration.ofDays(5))), ts(now.minus(Duration.ofDays(5))));
		}
		return 0;
	}

	private long id() {
		return nextId++;
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Date date(Instant instant) {
		return Date.valueOf(LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

	/**
	 * Batched inserts, one prepared statement per distinct SQL, flushed every BATCH rows.
	 */
	private final class Batch {

		final PreparedStatement statement;

		int pending;

		Batch(String sql) throws SQLException {
			this.statement = connection.prepareStatement(sql);
		}

	}

	private void add(String table, String sql, Object... values) throws SQLException {
		Batch batch = batches.get(sql);
		if (batch == null) {
			batch = new Batch(sql);
			batches.put(sql, batch);
		}
		for (int v = 0; v < values.length; v++) {
			batch.statement.setObject(v + 1, values[v]);
		}
		batch.statement.addBatch();
		if (++batch.pending >= BATCH) {
			// parents first: flush every statement in the order first seen
			flushAll();
		}
	}

	private void flushAll() throws SQLException {
		for (Batch batch : batches.values()) {
			if (batch.pending > 0) {
				batch.statement.executeBatch();
				batch.pending = 0;
			}
		}
		connection.commit();
	}

	/** The identity columns continue after the ids given here. */
	private void restartIdentities(Database database) throws SQLException {
		String[] tables = { "stage_transition", "pilot", "pilot_criterion", "evaluation", "evaluation_component",
				"agreement", "agreement_sponsor", "review", "review_rating", "review_participant",
				"termination_request", "dissolution", "reminder" };
		try (var statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute(database instanceof Database.Postgres
						? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + nextId + ")"
						: "alter table " + table + " alter column id restart with " + (nextId + 1));
			}
			if (database instanceof Database.Postgres) {
				statement.execute("analyze");
			}
		}
	}

	/**
	 * Starts each live partner's lifecycle at the step its stage waits at, 200 to a
	 * transaction.
	 */
	private static void startLifecycles(InProcessApp app, List<String> live, Map<String, String> stages) {
		RuntimeService runtime = app.bean(RuntimeService.class);
		TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
		var jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
		for (int from = 0; from < live.size(); from += 200) {
			List<String> chunk = live.subList(from, Math.min(live.size(), from + 200));
			transaction.executeWithoutResult(status -> {
				List<Object[]> links = new ArrayList<>();
				for (String id : chunk) {
					String stage = stages.get(id);
					String instance = runtime.createProcessInstanceByKey(LifecycleProcess.KEY)
						.businessKey(id)
						.setVariable(LifecycleProcess.PARTNER_ID, id)
						.setVariable(LifecycleProcess.PARTNER_NAME, name(id, Integer.parseInt(id.substring(1))))
						.setVariable(LifecycleProcess.STAGE, stage)
						.startBeforeActivity(WAITS_AT.get(stage))
						.execute()
						.getId();
					links.add(new Object[] { instance, id });
				}
				jdbc.batchUpdate("update partner set process_instance_id = ? where id = ?", links);
			});
		}
	}

	/**
	 * One business review per burst partner, waiting before "Send the invitations", held
	 * back until {@code held}.
	 */
	private static List<String> startReviews(InProcessApp app, List<String[]> partners, Instant held) {
		RuntimeService runtime = app.bean(RuntimeService.class);
		TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
		var jdbc = app.bean(org.springframework.jdbc.core.JdbcTemplate.class);
		List<String> instances = new ArrayList<>();
		for (int from = 0; from < partners.size(); from += 200) {
			List<String[]> chunk = partners.subList(from, Math.min(partners.size(), from + 200));
			transaction.executeWithoutResult(status -> {
				List<Object[]> links = new ArrayList<>();
				for (String[] partner : chunk) {
					String instance = runtime.createProcessInstanceByKey(ReviewProcess.KEY)
						.businessKey(partner[0])
						.setVariable(ReviewProcess.REVIEW_ID, Long.valueOf(partner[1]))
						.setVariable(LifecycleProcess.PARTNER_ID, partner[0])
						.setVariable(LifecycleProcess.PARTNER_NAME, partner[2])
						.startBeforeActivity(ReviewProcess.SEND_INVITATIONS)
						.execute()
						.getId();
					instances.add(instance);
					links.add(new Object[] { instance, Long.valueOf(partner[1]) });
				}
				jdbc.batchUpdate("update review set process_instance_id = ? where id = ?", links);
				jdbc.batchUpdate("update act_ru_job set duedate_ = ? where process_instance_id_ = ?",
						links.stream().map(l -> new Object[] { Timestamp.from(held), l[0] }).toList());
			});
		}
		return instances;
	}

}
