package com.partnerlifecycle.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CallingProcess;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;

/**
 * Pilot records: planning, the pilot-project's calendar
 * ({@code ${pilots.endDateOf(pilotId)}}), assessment and approval. The score itself is
 * {@link PilotScoring}'s.
 */
@Service("pilots")
public class PilotService {

	public static final int MAX_PILOTS_PER_PLAN = 5;

	public static final int MAX_CRITERIA = 10;

	private final PilotRepository pilots;

	private final PilotCriterionRepository criteria;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final String assessmentPeriod;

	public PilotService(PilotRepository pilots, PilotCriterionRepository criteria, BusinessTime time,
			CurrentUser currentUser, @Value("${partnership.pilots.assessment-period:P14D}") String assessmentPeriod) {
		this.pilots = pilots;
		this.criteria = criteria;
		this.time = time;
		this.currentUser = currentUser;
		this.assessmentPeriod = assessmentPeriod;
	}

	/** A pilot as the sourcing manager plans it. */
	public record PlannedPilot(String title, LocalDate endDate, List<String> successCriteria) {
	}

	@Transactional
	public List<Pilot> plan(String partnerId, int round, List<PlannedPilot> planned) {
		checkPlan(planned);
		List<Pilot> saved = new ArrayList<>();
		String by = currentUser.idOrSystem();
		for (PlannedPilot p : planned) {
			Pilot pilot = pilots.save(new Pilot(partnerId, round, p.title(), p.endDate(), by, time.now()));
			for (int i = 0; i < p.successCriteria().size(); i++) {
				criteria.save(new PilotCriterion(pilot.getId(), i, p.successCriteria().get(i)));
			}
			saved.add(pilot);
		}
		return saved;
	}

	/**
	 * The rules of a plan, checked before anything is stored (also by the plan forms'
	 * handler, before their task completes): one to {@value #MAX_PILOTS_PER_PLAN} pilots,
	 * none ending in the past, each with one to {@value #MAX_CRITERIA} success criteria
	 * of at most 500 characters.
	 */
	public void checkPlan(List<PlannedPilot> planned) {
		if (planned.isEmpty()) {
			throw new InvalidInputException("pilots", "plan at least one pilot project");
		}
		if (planned.size() > MAX_PILOTS_PER_PLAN) {
			throw new InvalidInputException("pilots",
					"plan at most " + MAX_PILOTS_PER_PLAN + " pilot projects at a time, were " + planned.size());
		}
		LocalDate today = time.today();
		for (PlannedPilot p : planned) {
			if (p.endDate().isBefore(today)) {
				throw new InvalidInputException("pilots",
						"pilot '" + p.title() + "' ends on " + p.endDate() + ", which is in the past");
			}
			if (p.successCriteria().isEmpty()) {
				throw new InvalidInputException("pilots",
						"pilot '" + p.title() + "' needs at least one success criterion");
			}
			if (p.successCriteria().size() > MAX_CRITERIA) {
				throw new InvalidInputException("pilots",
						"pilot '" + p.title() + "' has more than " + MAX_CRITERIA + " success criteria");
			}
			if (p.successCriteria().stream().anyMatch(c -> c.length() > 500)) {
				throw new InvalidInputException("pilots",
						"a success criterion of pilot '" + p.title() + "' is longer than 500 characters");
			}
		}
	}

	/**
	 * The multi-instance collection of the pilot phase: every planned pilot not yet
	 * started.
	 */
	@Transactional(readOnly = true)
	public List<Long> pilotsToRun(String partnerId) {
		CallingProcess.mustBePartner(partnerId);
		return pilots.findByPartnerIdAndStatusOrderByIdAsc(partnerId, PilotStatus.PLANNED)
			.stream()
			.map(Pilot::getId)
			.toList();
	}

	@Transactional
	public void markRunning(Long pilotId, String processInstanceId) {
		Pilot pilot = get(pilotId);
		CallingProcess.mustBePartner(pilot.getPartnerId());
		if (pilot.getStatus() != PilotStatus.PLANNED) {
			throw new IllegalStateException(
					"Pilot " + pilotId + " is " + pilot.getStatus() + ": it cannot start in " + processInstanceId);
		}
		pilot.start(processInstanceId);
	}

	/** When the pilot-project's timer fires: the end of the pilot's last day. */
	@Transactional(readOnly = true)
	public Date endDateOf(Long pilotId) {
		return time.endOf(called(pilotId).getEndDate());
	}

	@Transactional(readOnly = true)
	public Date assessmentDueDate(Long pilotId) {
		return time.after(called(pilotId).getEndDate(), assessmentPeriod);
	}

	/**
	 * The pilot a pilot-project expression asks for: it must be the one the calling
	 * process runs.
	 */
	private Pilot called(Long pilotId) {
		Pilot pilot = get(pilotId);
		CallingProcess.mustRun(pilot.getProcessInstanceId(), "Pilot " + pilotId);
		return pilot;
	}

	/**
	 * The pilot a pilot-project process instance runs: found from the instance, never
	 * from a variable.
	 */
	@Transactional(readOnly = true)
	public Pilot ofProcess(String processInstanceId) {
		return pilots.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new IllegalStateException("Process instance " + processInstanceId + " runs no pilot"));
	}

	@Transactional(readOnly = true)
	public Pilot get(Long pilotId) {
		return pilots.findById(pilotId).orElseThrow(() -> new NotFoundException("pilot", pilotId));
	}

	@Transactional(readOnly = true)
	public List<PilotCriterion> criteriaOf(Long pilotId) {
		return criteria.findByPilotIdOrderByPosition(pilotId);
	}

	/**
	 * Rates each criterion (in the order agreed), scores the pilot and records what it
	 * delivered.
	 */
	@Transactional
	public PilotAssessmentScore assess(Long pilotId, List<CriterionRating> ratings, int quality, int cost,
			int timeliness, List<String> deliveredOutcomes) {
		Pilot pilot = get(pilotId);
		List<PilotCriterion> agreed = criteriaOf(pilotId);
		PilotAssessmentScore result = scored(agreed, ratings, quality, cost, timeliness, deliveredOutcomes);
		for (int i = 0; i < agreed.size(); i++) {
			agreed.get(i).rate(ratings.get(i));
		}
		pilot.recordAssessment(result, quality, cost, timeliness, deliveredOutcomes, currentUser.idOrSystem(),
				time.now());
		return result;
	}

	/**
	 * The rules of an assessment, checked before anything is stored (also by the
	 * assessment form's handler, before its task completes): each agreed criterion rated,
	 * the scores on {@link PilotScoring}'s scale, an outcome.
	 */
	@Transactional(readOnly = true)
	public void checkAssessment(Long pilotId, List<CriterionRating> ratings, int quality, int cost, int timeliness,
			List<String> deliveredOutcomes) {
		scored(criteriaOf(pilotId), ratings, quality, cost, timeliness, deliveredOutcomes);
	}

	private static PilotAssessmentScore scored(List<PilotCriterion> agreed, List<CriterionRating> ratings, int quality,
			int cost, int timeliness, List<String> deliveredOutcomes) {
		if (ratings.size() != agreed.size()) {
			throw new InvalidInputException("criteriaRatings", "rate each of the " + agreed.size()
					+ " agreed success criteria, got " + ratings.size() + " ratings");
		}
		return PilotScoring.score(ratings, quality, cost, timeliness, deliveredOutcomes.size());
	}

	@Transactional
	public void abandon(Long pilotId, String reason) {
		get(pilotId).abandon(reason, currentUser.idOrSystem(), time.now());
	}

	@Transactional
	public void approveResults(Long pilotId) {
		get(pilotId).approve(currentUser.idOrSystem(), time.now());
	}

	@Transactional
	public void sendBack(Long pilotId, String comment) {
		get(pilotId).sendBack(comment, currentUser.idOrSystem(), time.now());
	}

	/** A withdrawn candidacy closes every pilot not yet finished, with the reason. */
	@Transactional
	public void closeUnfinished(String partnerId, String reason) {
		for (Pilot pilot : ofPartner(partnerId)) {
			if (pilot.getStatus() == PilotStatus.PLANNED || pilot.getStatus() == PilotStatus.RUNNING) {
				pilot.close(reason);
			}
		}
	}

	@Transactional(readOnly = true)
	public List<Pilot> ofPartner(String partnerId) {
		return pilots.findByPartnerIdOrderByRoundAscIdAsc(partnerId);
	}

	/** One row per pilot, as forms show it in a table. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> summary(String partnerId) {
		List<Pilot> all = ofPartner(partnerId);
		Map<Long, Long> criteriaCount = criteria
			.findByPilotIdInOrderByPilotIdAscPositionAsc(all.stream().map(Pilot::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(PilotCriterion::getPilotId, Collectors.counting()));
		return all.stream().map(p -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("title", p.getTitle());
			row.put("endDate", p.getEndDate().toString());
			row.put("status", p.getStatus().label());
			row.put("score", p.getScore() == null ? "–" : p.getScore().toPlainString());
			row.put("criteriaMet", p.getCriteriaMet() == null ? "–"
					: p.getCriteriaMet() + " of " + criteriaCount.getOrDefault(p.getId(), 0L));
			return row;
		}).toList();
	}

}
