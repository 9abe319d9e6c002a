package com.partnerlifecycle.agreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CallingProcess;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.EmailAddress;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.People;
import com.partnerlifecycle.common.Groups;

/**
 * Agreement records, and the lifecycle's calendar from them
 * ({@code ${agreements.endDateOf(partnerId)}}).
 */
@Service("agreements")
public class AgreementService {

	public static final Set<String> REVIEW_CADENCES = Set.of("P3M", "P6M", "P12M");

	/** The longest notice period an agreement may have: two years. */
	public static final int MAX_NOTICE_PERIOD_DAYS = 730;

	private final AgreementRepository agreements;

	private final AgreementSponsorRepository sponsors;

	private final IdentityService identityService;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final People people;

	public AgreementService(AgreementRepository agreements, AgreementSponsorRepository sponsors,
			IdentityService identityService, BusinessTime time, CurrentUser currentUser, People people) {
		this.people = people;
		this.agreements = agreements;
		this.sponsors = sponsors;
		this.identityService = identityService;
		this.time = time;
		this.currentUser = currentUser;
	}

	/** A provider-side sponsor: a contact at the provider. */
	public record ProviderSponsor(String name, String email, String role) {
	}

	@Transactional
	public Agreement draft(String partnerId, Agreement.Terms terms, List<String> buyerSponsors,
			List<ProviderSponsor> providerSponsors) {
		List<User> executives = checked(terms, buyerSponsors, providerSponsors);
		Agreement agreement = agreements.findByPartnerId(partnerId).orElseGet(() -> new Agreement(partnerId));
		if (agreement.getStatus() == AgreementStatus.SIGNED) {
			throw new InvalidInputException("agreement", "the agreement is already signed");
		}
		agreement.draft(terms, currentUser.idOrSystem(), time.now());
		agreement = agreements.save(agreement);
		sponsors.deleteByAgreementId(agreement.getId());
		for (int i = 0; i < executives.size(); i++) {
			User user = executives.get(i);
			sponsors.save(new AgreementSponsor(agreement.getId(), Side.BUYER, i, user.getId(),
					(user.getFirstName() + " " + user.getLastName()).strip(), user.getEmail(), "Executive sponsor"));
		}
		for (int i = 0; i < providerSponsors.size(); i++) {
			ProviderSponsor sponsor = providerSponsors.get(i);
			sponsors.save(new AgreementSponsor(agreement.getId(), Side.PROVIDER, i, null, sponsor.name(),
					sponsor.email(), sponsor.role()));
		}
		return agreement;
	}

	@Transactional
	public void sign(String partnerId) {
		get(partnerId).sign(currentUser.idOrSystem(), time.now());
	}

	@Transactional
	public void returnForChanges(String partnerId, String comment) {
		get(partnerId).returnForChanges(comment);
	}

	@Transactional(readOnly = true)
	public Agreement get(String partnerId) {
		return find(partnerId).orElseThrow(() -> new NotFoundException("agreement for partner", partnerId));
	}

	@Transactional(readOnly = true)
	public Optional<Agreement> find(String partnerId) {
		return agreements.findByPartnerId(partnerId);
	}

	/** The agreements of these partners that have one, by partner, in one read. */
	@Transactional(readOnly = true)
	public java.util.Map<String, Agreement> ofPartners(java.util.Collection<String> partnerIds) {
		java.util.Map<String, Agreement> byPartner = new java.util.HashMap<>();
		agreements.findByPartnerIdIn(partnerIds).forEach(a -> byPartner.put(a.getPartnerId(), a));
		return byPartner;
	}

	@Transactional(readOnly = true)
	public List<AgreementSponsor> sponsorsOf(Long agreementId) {
		return sponsors.findByAgreementIdOrderBySideAscPositionAsc(agreementId);
	}

	/**
	 * The end of the agreement's term: the last day runs to its end in the business zone.
	 */
	@Transactional(readOnly = true)
	public Date endDateOf(String partnerId) {
		CallingProcess.mustBePartner(partnerId);
		return time.endOf(get(partnerId).getEndDate());
	}

	/**
	 * The renewal decision is due when the notice period begins: the term's end minus the
	 * notice period.
	 */
	@Transactional(readOnly = true)
	public Date renewalDecisionDate(String partnerId) {
		CallingProcess.mustBePartner(partnerId);
		Agreement agreement = get(partnerId);
		return Date.from(time.endOf(agreement.getEndDate())
			.toInstant()
			.minus(java.time.Duration.ofDays(agreement.getNoticePeriodDays())));
	}

	/**
	 * The decision must be taken before the term ends: "Decide on renewal" is due then.
	 */
	@Transactional(readOnly = true)
	public Date renewalDeadline(String partnerId) {
		CallingProcess.mustBePartner(partnerId);
		return endDateOf(partnerId);
	}

	@Transactional
	public void renew(String partnerId, LocalDate newEndDate, String comment) {
		Agreement agreement = get(partnerId);
		if (!newEndDate.isAfter(agreement.getEndDate())) {
			throw new InvalidInputException("newEndDate",
					"must be after the current end date " + agreement.getEndDate() + ", was " + newEndDate);
		}
		agreement.renew(newEndDate, comment, currentUser.idOrSystem(), time.now());
	}

	@Transactional
	public void letEnd(String partnerId, String comment) {
		get(partnerId).letEnd(comment);
	}

	/** The executives a sourcing manager may name as buyer-side sponsors. */
	public List<User> executives() {
		return identityService.createUserQuery()
			.memberOfGroup(Groups.EXECUTIVES)
			.orderByUserLastName()
			.asc()
			.listPage(0, 200);
	}

	/**
	 * The rules of a draft, checked before anything is stored (also by the draft form's
	 * handler, before its task completes): the term, the notice period within it, the
	 * cadence, the sponsors of both sides and their addresses.
	 */
	@Transactional(readOnly = true)
	public void checkDraft(Agreement.Terms terms, List<String> buyerSponsors, List<ProviderSponsor> providerSponsors) {
		checked(terms, buyerSponsors, providerSponsors);
	}

	/** The buyer's sponsors as users, once the draft is checked. */
	private List<User> checked(Agreement.Terms terms, List<String> buyerSponsors,
			List<ProviderSponsor> providerSponsors) {
		if (!terms.endDate().isAfter(terms.startDate())) {
			throw new InvalidInputException("agreementEnd", "must be after the start date " + terms.startDate());
		}
		if (terms.noticePeriodDays() < 0 || terms.noticePeriodDays() > MAX_NOTICE_PERIOD_DAYS) {
			throw new InvalidInputException("noticePeriodDays",
					"must be between 0 and " + MAX_NOTICE_PERIOD_DAYS + " days, was " + terms.noticePeriodDays());
		}
		long termDays = ChronoUnit.DAYS.between(terms.startDate(), terms.endDate());
		if (terms.noticePeriodDays() >= termDays) {
			throw new InvalidInputException("noticePeriodDays", "the notice period of " + terms.noticePeriodDays()
					+ " days must be shorter than the term of " + termDays + " days");
		}
		if (!REVIEW_CADENCES.contains(terms.reviewCadence())) {
			throw new InvalidInputException("reviewCadence",
					"must be P3M (quarterly), P6M (half-yearly) or P12M (annual), was '" + terms.reviewCadence() + "'");
		}
		if (buyerSponsors.isEmpty()) {
			throw new InvalidInputException("buyerSponsors", "name at least one executive sponsor of ours");
		}
		if (providerSponsors.isEmpty()) {
			throw new InvalidInputException("providerSponsors", "name at least one executive sponsor at the provider");
		}
		for (int i = 0; i < providerSponsors.size(); i++) {
			EmailAddress.require("providerSponsors[" + (i + 1) + "].email", providerSponsors.get(i).email());
		}
		return people.ofOurSide("buyerSponsors", buyerSponsors, List.of(Groups.EXECUTIVES), "the executives");
	}

}
