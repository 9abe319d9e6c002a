package com.partnerlifecycle.dissolution;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CallingProcess;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.review.Review;
import com.partnerlifecycle.review.ReviewService;
import com.partnerlifecycle.termination.TerminationService;

/**
 * The dissolution record: why, the exit plan, the hand-over of both sides, lessons
 * learned, the archive. The processes reach it through {@link DissolutionCalendar} (bean
 * {@code dissolutions}) and the steps' beans, with ids.
 */
@Service
public class DissolutionService {

	private final DissolutionRepository dissolutions;

	private final PartnerService partners;

	private final ReviewService reviews;

	private final AgreementService agreements;

	private final TerminationService terminations;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final com.partnerlifecycle.followup.ActionItemService actionItems;

	public DissolutionService(DissolutionRepository dissolutions, PartnerService partners, ReviewService reviews,
			AgreementService agreements, TerminationService terminations, BusinessTime time, CurrentUser currentUser,
			com.partnerlifecycle.followup.ActionItemService actionItems) {
		this.actionItems = actionItems;
		this.dissolutions = dissolutions;
		this.partners = partners;
		this.reviews = reviews;
		this.agreements = agreements;
		this.terminations = terminations;
		this.time = time;
		this.currentUser = currentUser;
	}

	@Transactional
	public Dissolution open(String partnerId, DissolutionCause cause) {
		if (dissolutions.findByPartnerId(partnerId).isPresent()) {
			throw new ConflictException("partner", "partner " + partnerId + " is already being dissolved");
		}
		String reason = switch (cause) {
			case TERMINATION_REQUESTED -> terminations.latest(partnerId)
				.map(r -> (r.getRequestedBy() == Side.BUYER ? "We" : "The provider") + " asked to end it: "
						+ r.getReason())
				.orElse(cause.text());
			case REVIEW_DECISION -> reviews.history(partnerId)
				.stream()
				.reduce((first, second) -> second)
				.map(Review::getDecisionComment)
				.map(comment -> cause.text() + ": " + comment)
				.orElse(cause.text());
			case TERM_ENDED -> cause.text() + " on " + agreements.get(partnerId).getEndDate();
		};
		reviews.cancelOpenReviews(partnerId);
		actionItems.closeOpen(partnerId, reason);
		return dissolutions.save(new Dissolution(partnerId, cause, reason, time.now()));
	}

	@Transactional
	public void planExit(String partnerId, String services, String data, String knowledge, LocalDate handOverBy) {
		if (handOverBy.isBefore(time.today())) {
			throw new InvalidInputException("handOverBy", "must not be in the past, was " + handOverBy);
		}
		get(partnerId).planExit(services, data, knowledge, handOverBy, currentUser.idOrSystem(), time.now());
	}

	@Transactional
	public void confirmHandOver(String partnerId, Side side, String notes) {
		Dissolution dissolution = get(partnerId);
		if (side == Side.BUYER) {
			dissolution.confirmBuyerHandOver(notes, currentUser.idOrSystem(), time.now());
		}
		else {
			dissolution.confirmProviderHandOver(notes, currentUser.idOrSystem(), time.now());
		}
	}

	@Transactional
	public void recordLessons(String partnerId, String lessons, String wouldPartnerAgain) {
		get(partnerId).recordLessons(lessons, wouldPartnerAgain, currentUser.idOrSystem(), time.now());
	}

	/**
	 * The record is kept, read-only: the partner and its dissolution are marked archived.
	 */
	@Transactional
	public void archive(String partnerId) {
		get(partnerId).archive(time.now());
		partners.archive(partnerId);
	}

	/** Both sides confirm the hand-over by the date the exit plan set. */
	@Transactional(readOnly = true)
	public Date handOverDue(String partnerId) {
		CallingProcess.mustBePartner(partnerId);
		LocalDate by = get(partnerId).getHandOverBy();
		return by == null ? time.fromNow("P30D") : time.endOf(by);
	}

	@Transactional(readOnly = true)
	public Dissolution get(String partnerId) {
		return find(partnerId).orElseThrow(() -> new NotFoundException("dissolution of partner", partnerId));
	}

	@Transactional(readOnly = true)
	public Optional<Dissolution> find(String partnerId) {
		return dissolutions.findByPartnerId(partnerId);
	}

}
