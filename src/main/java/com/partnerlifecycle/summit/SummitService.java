package com.partnerlifecycle.summit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.common.Text;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * The annual partner summit's records (docs/rules.md "Annual partner summit"): who was
 * invited, what each partner proposed, what the executives decided. Called with ids by
 * the summit API, the forms and the processes' doors: {@link SummitSteps} (the steps) and
 * {@link SummitCalendar} (bean {@code summits}, the expressions).
 */
@Service
public class SummitService {

	static final int MAX_PROPOSALS_PER_PARTNER = 10;

	private final SummitRepository summits;

	private final SummitInviteeRepository invitees;

	private final SummitProposalRepository proposals;

	private final PartnerService partners;

	private final SummitProperties properties;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final RuntimeService runtimeService;

	private final SystemActions system;

	public SummitService(SummitRepository summits, SummitInviteeRepository invitees, SummitProposalRepository proposals,
			PartnerService partners, SummitProperties properties, BusinessTime time, CurrentUser currentUser,
			RuntimeService runtimeService, SystemActions system) {
		this.runtimeService = runtimeService;
		this.system = system;
		this.summits = summits;
		this.invitees = invitees;
		this.proposals = proposals;
		this.partners = partners;
		this.properties = properties;
		this.time = time;
		this.currentUser = currentUser;
	}

	/**
	 * What a summit is to be: from the start form, the API, or the configured calendar.
	 */
	public record Plan(String title, Instant heldAt, int meetingMinutes, String location, LocalDate proposalsDue) {
	}

	/** One roadmap proposal as a partner submits it. */
	public record ProposalInput(String title, String valueToBuyer, int effortDays) {
	}

	/** The executives' decision on one proposal. */
	public record DecisionInput(Long proposalId, ProposalDecision decision, String comment) {
	}

	// the calendar

	/**
	 * The yearly timer start event's cycle: the next opening day, then every year
	 * ({@code R/start/P1Y}).
	 */
	public String schedule() {
		return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(nextOpening(time.now())) + "/P1Y";
	}

	Instant now() {
		return time.now();
	}

	/** The first opening time after the given instant. */
	ZonedDateTime nextOpening(Instant after) {
		ZonedDateTime now = after.atZone(time.zone());
		ZonedDateTime candidate = properties.openingDay()
			.atYear(now.getYear())
			.atTime(properties.opensAt())
			.atZone(time.zone());
		return candidate.isAfter(now) ? candidate
				: properties.openingDay().atYear(now.getYear() + 1).atTime(properties.opensAt()).atZone(time.zone());
	}

	/** The summit the calendar gives when it opens now. */
	public Plan planFromCalendar() {
		LocalDate heldOn = time.today().plus(properties.heldAfter());
		return new Plan(properties.title() + " " + heldOn.getYear(),
				heldOn.atTime(properties.startsAt()).atZone(time.zone()).toInstant(), properties.meetingMinutes(),
				properties.location(), heldOn.minus(properties.proposalsDueBefore()));
	}

	/**
	 * A summit set by hand: the day it takes place and the day proposals are due; the
	 * rest from the calendar.
	 */
	/** How far ahead a summit may be planned (a year 99999 is a typing mistake). */
	static final java.time.Period MAX_AHEAD = java.time.Period.ofYears(2);

	public Plan planByHand(String title, LocalDate heldOn, LocalDate proposalsDue, String location) {
		Plan plan = new Plan(
				title == null || title.isBlank() ? properties.title() + " " + heldOn.getYear() : title.strip(),
				heldOn.atTime(properties.startsAt()).atZone(time.zone()).toInstant(), properties.meetingMinutes(),
				location == null || location.isBlank() ? properties.location() : location.strip(), proposalsDue);
		validate(plan, "heldOn");
		return plan;
	}

	private void validate(Plan plan, String heldField) {
		oneLine("title", plan.title());
		if (plan.location() != null) {
			oneLine("location", plan.location());
		}
		LocalDate today = time.today();
		LocalDate heldOn = LocalDate.ofInstant(plan.heldAt(), time.zone());
		if (!heldOn.isAfter(today)) {
			throw new InvalidInputException(heldField, "must be after today (" + today + "), was " + heldOn);
		}
		LocalDate latest = today.plus(MAX_AHEAD);
		if (heldOn.isAfter(latest)) {
			throw new InvalidInputException(heldField,
					"must be within 2 years from today, at the latest " + latest + ", was " + heldOn);
		}
		if (plan.proposalsDue().isBefore(today)) {
			throw new InvalidInputException("proposalsDue",
					"must be today or later (" + today + "), was " + plan.proposalsDue());
		}
		if (!plan.proposalsDue().isBefore(heldOn)) {
			throw new InvalidInputException("proposalsDue",
					"must be before the summit (" + heldOn + "), was " + plan.proposalsDue());
		}
	}

	/** A summit's title and place: one line of at most 200 characters. */
	private static void oneLine(String field, String text) {
		if (text.length() > 200) {
			throw new InvalidInputException(field, "must be at most 200 characters");
		}
		if (!Text.isOneLine(text)) {
			throw new InvalidInputException(field, Text.NOT_ONE_LINE);
		}
	}

	// the process

	/**
	 * Opens a summit by hand, as registration does a partner: the dates, and that no
	 * other summit is under way, are checked once, before the engine is called (a refusal
	 * is the product's answer, not a failed start the engine would log); the record is
	 * saved, and the process starts with its id only (the start message's business key),
	 * so its "Open the summit" step finds the record ({@link #openRecorded}). Record,
	 * invitations and process begin together or not at all. The caller's role is checked
	 * by the API.
	 */
	@Transactional
	public Summit openByHand(String title, LocalDate heldOn, LocalDate proposalsDue, String location) {
		Plan plan = planByHand(title, heldOn, proposalsDue, location);
		requireNoneUnderWay(); // before the engine: a refusal the product means, not an
								// engine failure
		Summit summit = summits.save(newSummit(plan, null, currentUser.idOrSystem()));
		String processInstanceId = system.run(() -> runtimeService
			.startProcessInstanceByMessage(SummitProcess.REQUESTED, SummitProcess.businessKey(summit.getId()))
			.getId());
		return openedBy(processInstanceId);
	}

	/**
	 * "Open the summit" for a summit recorded by hand ({@link #openByHand}): it now runs
	 * in this process instance, and every partner active now is invited. A record that
	 * runs already is refused: one instance per summit.
	 */
	@Transactional
	public Summit openRecorded(Long summitId, String processInstanceId) {
		Summit summit = get(summitId);
		if (summit.getProcessInstanceId() != null) {
			throw new IllegalStateException("Summit " + summitId + " already runs in process instance "
					+ summit.getProcessInstanceId() + ", not in " + processInstanceId);
		}
		summit.runsIn(processInstanceId);
		invite(summit);
		return summit;
	}

	/**
	 * Opens a summit that has no record yet: the yearly timer's (no opener), or one whose
	 * start message carried what was entered, as before the record came first (refused
	 * while another summit is still under way). Every partner active now is invited.
	 */
	@Transactional
	public Summit open(Plan plan, String processInstanceId, String openedBy) {
		if (openedBy != null) {
			requireNoneUnderWay();
		}
		Summit summit = summits
			.save(newSummit(plan, processInstanceId, openedBy == null ? CurrentUser.SYSTEM : openedBy));
		invite(summit);
		return summit;
	}

	private Summit newSummit(Plan plan, String processInstanceId, String openedBy) {
		return new Summit(plan.title(), plan.heldAt(), LocalDate.ofInstant(plan.heldAt(), time.zone()).getYear(),
				plan.meetingMinutes(), plan.location(), plan.proposalsDue(), processInstanceId, time.now(), openedBy);
	}

	/** Every partner active now is invited; with none, there is nothing to collect. */
	private void invite(Summit summit) {
		int page = 0;
		Page<Partner> active;
		do {
			active = partners.search(Stage.ACTIVE, null, null, PageRequest.of(page++, 500, Sort.by("id")));
			active.forEach(partner -> invitees.save(new SummitInvitee(summit.getId(), partner.getId())));
		}
		while (active.hasNext());
		if (active.getTotalElements() == 0) {
			summit.closeEmpty(time.now());
		}
	}

	/**
	 * A summit opened by hand waits until the one under way (collecting or reviewing
	 * proposals) has finished.
	 */
	private void requireNoneUnderWay() {
		Optional<Summit> running = summits
			.findFirstByStatusInOrderByOpenedAtDesc(EnumSet.of(SummitStatus.COLLECTING, SummitStatus.REVIEWING));
		if (running.isPresent()) {
			throw new ConflictException("summit", "'" + running.get().getTitle() + "' is still under way ("
					+ running.get().getStatus() + "); finish its review first");
		}
	}

	@Transactional(readOnly = true)
	public Summit get(Long summitId) {
		return summits.findById(summitId).orElseThrow(() -> new NotFoundException("summit", String.valueOf(summitId)));
	}

	/** The summit a process instance opened. */
	@Transactional(readOnly = true)
	public Summit openedBy(String processInstanceId) {
		return summits.findByProcessInstanceId(processInstanceId)
			.orElseThrow(() -> new NotFoundException("summit of process instance", processInstanceId));
	}

	/**
	 * The summit a process instance belongs to: the summit it runs
	 * (annual-partner-summit), or the summit one of whose partners proposes in it
	 * (summit-partner-proposals).
	 */
	@Transactional(readOnly = true)
	public Summit summitOf(String processInstanceId) {
		return summits.findByProcessInstanceId(processInstanceId)
			.or(() -> invitees.findByProposalProcessInstanceId(processInstanceId)
				.flatMap(invitee -> summits.findById(invitee.getSummitId())))
			.orElseThrow(() -> new IllegalStateException(
					"Process instance " + processInstanceId + " runs no summit and no partner's summit proposals"));
	}

	/**
	 * The invitation whose partner proposes in this process instance
	 * (summit-partner-proposals), if it is one.
	 */
	@Transactional(readOnly = true)
	public Optional<SummitInvitee> invitationProposingIn(String processInstanceId) {
		return invitees.findByProposalProcessInstanceId(processInstanceId);
	}

	@Transactional(readOnly = true)
	public List<SummitInvitee> invitees(Long summitId) {
		return invitees.findBySummitIdOrderByPartnerIdAsc(summitId);
	}

	@Transactional(readOnly = true)
	public boolean isInvited(Long summitId, String partnerId) {
		return invitees.existsById(new SummitInvitee.Key(summitId, partnerId));
	}

	/** The summit a process instance opened, if it opened one. */
	@Transactional(readOnly = true)
	public Optional<Summit> findOpenedBy(String processInstanceId) {
		return summits.findByProcessInstanceId(processInstanceId);
	}

	// what the summit's processes ask, by id (through SummitCalendar and SummitSteps)

	/** The partners invited, in the order of their ids. */
	@Transactional(readOnly = true)
	public List<String> invitedPartners(Long summitId) {
		return partnerIds(get(summitId).getId());
	}

	/**
	 * A partner's proposals instance has started: the invitation records it, and every
	 * later step of that instance finds the invitation from there. Only an invitation
	 * still to answer may start one.
	 */
	@Transactional
	public void proposesIn(Long summitId, String partnerId, String processInstanceId) {
		SummitInvitee invitee = invitees.findById(new SummitInvitee.Key(summitId, partnerId))
			.orElseThrow(
					() -> new IllegalStateException("Partner " + partnerId + " is not invited to summit " + summitId));
		if (invitee.getStatus() != InviteeStatus.INVITED) {
			throw new IllegalStateException("Partner " + partnerId + " has already answered summit " + summitId + " ("
					+ invitee.getStatus() + ")");
		}
		invitee.proposesIn(processInstanceId);
	}

	/** Due date of the proposal tasks: the end of the due day. */
	@Transactional(readOnly = true)
	public Date proposalsDue(Long summitId) {
		return dueDate(get(summitId));
	}

	/** When a partner that has not proposed yet is reminded. */
	@Transactional(readOnly = true)
	public Date proposalReminderAt(Long summitId) {
		return reminderAt(get(summitId));
	}

	/** The executives decide on the proposals by the summit. */
	@Transactional(readOnly = true)
	public Date heldAt(Long summitId) {
		return Date.from(get(summitId).getHeldAt());
	}

	/** The executives start reviewing: from now on no proposal is accepted. */
	@Transactional
	public void closeRound(Long summitId) {
		close(get(summitId));
	}

	/** Whether there is anything to review. */
	@Transactional(readOnly = true)
	public long proposalCount(Long summitId) {
		return proposals.countBySummitId(get(summitId).getId());
	}

	/** The outcome is recorded. */
	@Transactional
	public void recordOutcome(Long summitId) {
		record(get(summitId));
	}

	private List<String> partnerIds(Long summitId) {
		return invitees.findBySummitIdOrderByPartnerIdAsc(summitId).stream().map(SummitInvitee::getPartnerId).toList();
	}

	/** Due date of the proposal tasks: the end of the due day. */
	private Date dueDate(Summit summit) {
		return time.endOf(summit.getProposalsDue());
	}

	/** {@code remindBefore} the due day, at opening time. */
	private Date reminderAt(Summit summit) {
		LocalDate day = summit.getProposalsDue().minus(properties.remindBefore());
		return Date.from(day.atTime(properties.opensAt()).atZone(time.zone()).toInstant());
	}

	/**
	 * A partner's roadmap proposals, or none ("no proposal this year"): accepted while
	 * the round is open.
	 */
	@Transactional
	public List<SummitProposal> submit(Long summitId, String partnerId, List<ProposalInput> submitted) {
		Summit summit = get(summitId);
		SummitInvitee invitee = invitees.findById(new SummitInvitee.Key(summitId, partnerId))
			.orElseThrow(() -> new NotFoundException("summit invitation", summitId + "/" + partnerId));
		if (summit.getStatus() != SummitStatus.COLLECTING) {
			throw new ConflictException("proposals", "the proposal round of '" + summit.getTitle()
					+ "' is closed: the executives have started reviewing");
		}
		if (invitee.getStatus() != InviteeStatus.INVITED) {
			throw new ConflictException("proposals", "already answered (" + invitee.getStatus() + ")");
		}
		if (submitted.size() > MAX_PROPOSALS_PER_PARTNER) {
			throw new InvalidInputException("proposals",
					"must hold at most " + MAX_PROPOSALS_PER_PARTNER + " proposals, was " + submitted.size());
		}
		Instant now = time.now();
		String by = currentUser.idOrSystem();
		boolean late = time.today().isAfter(summit.getProposalsDue());
		List<SummitProposal> saved = new ArrayList<>();
		for (int i = 0; i < submitted.size(); i++) {
			ProposalInput input = submitted.get(i);
			saved.add(proposals.save(new SummitProposal(summitId, partnerId, i + 1, input.title(), input.valueToBuyer(),
					input.effortDays(), now, by, late)));
		}
		if (saved.isEmpty()) {
			invitee.noProposal(now);
		}
		else {
			invitee.proposed(now, by);
		}
		return saved;
	}

	/**
	 * The executives start reviewing: from now on no proposal is accepted, and who has
	 * none is recorded so.
	 */
	private void close(Summit summit) {
		if (summit.getStatus() != SummitStatus.COLLECTING) {
			return; // already closed: a retried step changes nothing
		}
		Instant now = time.now();
		invitees.findBySummitIdOrderByPartnerIdAsc(summit.getId())
			.stream()
			.filter(i -> i.getStatus() == InviteeStatus.INVITED)
			.forEach(i -> i.noProposal(now));
		summit.closeRound(now, currentUser.idOrSystem());
	}

	@Transactional(readOnly = true)
	public List<SummitProposal> proposals(Long summitId) {
		return proposals.findBySummitIdOrderByPartnerIdAscPositionAsc(summitId);
	}

	@Transactional(readOnly = true)
	public List<SummitProposal> proposals(Long summitId, String partnerId) {
		return proposals.findBySummitIdAndPartnerIdOrderByPositionAsc(summitId, partnerId);
	}

	/**
	 * Every proposal accepted or declined, each with a comment, in one go: all of them or
	 * none.
	 */
	@Transactional
	public void decide(Long summitId, List<DecisionInput> decisions) {
		Summit summit = get(summitId);
		if (summit.getStatus() != SummitStatus.REVIEWING) {
			throw new ConflictException("decisions",
					"'" + summit.getTitle() + "' is not in review (" + summit.getStatus() + ")");
		}
		Map<Long, SummitProposal> open = new HashMap<>();
		proposals.findBySummitIdOrderByPartnerIdAscPositionAsc(summitId).forEach(p -> open.put(p.getId(), p));
		Map<Long, DecisionInput> byProposal = new HashMap<>();
		for (int i = 0; i < decisions.size(); i++) {
			DecisionInput decision = decisions.get(i);
			String field = "decisions[" + (i + 1) + "]";
			if (decision.proposalId() == null || !open.containsKey(decision.proposalId())) {
				throw new InvalidInputException(field + ".proposalId",
						"is not a proposal of this summit: " + decision.proposalId());
			}
			if (byProposal.put(decision.proposalId(), decision) != null) {
				throw new InvalidInputException(field + ".proposalId", "decided twice: " + decision.proposalId());
			}
		}
		List<String> undecided = open.values()
			.stream()
			.filter(p -> !byProposal.containsKey(p.getId()))
			.map(p -> "'" + p.getTitle() + "'")
			.toList();
		if (!undecided.isEmpty()) {
			throw new InvalidInputException("decisions",
					"accept or decline every proposal; undecided: " + String.join(", ", undecided));
		}
		Instant now = time.now();
		String by = currentUser.idOrSystem();
		byProposal.forEach((id, decision) -> open.get(id).decide(decision.decision(), decision.comment(), now, by));
	}

	/**
	 * The outcome is recorded: the summit is closed, each partner's proposals carry their
	 * decision.
	 */
	private void record(Summit summit) {
		if (summit.getStatus() == SummitStatus.CLOSED) {
			return;
		}
		if (summit.getStatus() == SummitStatus.COLLECTING) {
			close(summit); // nobody proposed: there was nothing to review
		}
		String by = proposals.findBySummitIdOrderByPartnerIdAscPositionAsc(summit.getId())
			.stream()
			.map(SummitProposal::getDecidedBy)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(CurrentUser.SYSTEM);
		summit.close(time.now(), by);
	}

	// reading

	/**
	 * A summit as people read it: counts, then each invited partner with its proposals
	 * and their decisions.
	 */
	public record Outcome(Long summitId, int year, String title, Instant heldAt, String location,
			LocalDate proposalsDue, SummitStatus status, int invited, int proposed, int noProposal, int accepted,
			int declined, List<PartnerOutcome> partners) {
	}

	public record PartnerOutcome(String partnerId, String name, InviteeStatus status, List<ProposalView> proposals) {
	}

	public record ProposalView(Long id, String title, String valueToBuyer, int effortDays, boolean late,
			Instant submittedAt, String submittedBy, ProposalDecision decision, String comment, String decidedBy) {

		static ProposalView of(SummitProposal p) {
			return new ProposalView(p.getId(), p.getTitle(), p.getValueToBuyer(), p.getEffortDays(), p.isLate(),
					p.getSubmittedAt(), p.getSubmittedBy(), p.getDecision(), p.getDecisionComment(), p.getDecidedBy());
		}
	}

	@Transactional(readOnly = true)
	public Outcome outcome(Long summitId) {
		Summit summit = get(summitId);
		List<SummitInvitee> invited = invitees.findBySummitIdOrderByPartnerIdAsc(summitId);
		List<SummitProposal> all = proposals.findBySummitIdOrderByPartnerIdAscPositionAsc(summitId);
		List<PartnerOutcome> byPartner = invited.stream()
			.map(i -> new PartnerOutcome(i.getPartnerId(), nameOf(i.getPartnerId()), i.getStatus(),
					all.stream().filter(p -> p.getPartnerId().equals(i.getPartnerId())).map(ProposalView::of).toList()))
			.sorted(java.util.Comparator.comparing(PartnerOutcome::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new Outcome(summit.getId(), summit.getYear(), summit.getTitle(), summit.getHeldAt(),
				summit.getLocation(), summit.getProposalsDue(), summit.getStatus(), invited.size(),
				count(invited, InviteeStatus.PROPOSED), count(invited, InviteeStatus.NO_PROPOSAL),
				(int) all.stream().filter(p -> p.getDecision() == ProposalDecision.ACCEPTED).count(),
				(int) all.stream().filter(p -> p.getDecision() == ProposalDecision.DECLINED).count(), byPartner);
	}

	private static int count(List<SummitInvitee> invited, InviteeStatus status) {
		return (int) invited.stream().filter(i -> i.getStatus() == status).count();
	}

	@Transactional(readOnly = true)
	public Optional<Summit> latest() {
		return summits.findFirstByOrderByOpenedAtDescIdDesc();
	}

	@Transactional(readOnly = true)
	public List<Summit> recent(int count) {
		return summits.findAllByOrderByOpenedAtDescIdDesc(PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public List<SummitInvitee> invitationsOf(String partnerId) {
		return invitees.findByPartnerIdOrderBySummitIdDesc(partnerId);
	}

	/** The partner's name, for the product's own use. */
	String nameOf(String partnerId) {
		return partners.find(partnerId).map(Partner::getName).orElse(partnerId);
	}

}
