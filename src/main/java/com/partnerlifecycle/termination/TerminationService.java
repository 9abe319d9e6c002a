package com.partnerlifecycle.termination;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * Either party may ask to end the partnership at any time while it exists: the request is
 * recorded and {@code PartnershipTerminationRequested} interrupts whatever runs — before
 * the agreement it withdraws the candidacy, after it starts the dissolution. Record and
 * process move in one transaction.
 */
@Service
public class TerminationService {

	/** Set with the message: the dissolution knows why it started. */
	public static final String DISSOLUTION_CAUSE = "dissolutionCause";

	private final TerminationRequestRepository requests;

	private final PartnerService partners;

	private final RuntimeService runtimeService;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final SystemActions system;

	public TerminationService(TerminationRequestRepository requests, PartnerService partners,
			RuntimeService runtimeService, BusinessTime time, CurrentUser currentUser, SystemActions system) {
		this.system = system;
		this.requests = requests;
		this.partners = partners;
		this.runtimeService = runtimeService;
		this.time = time;
		this.currentUser = currentUser;
	}

	/**
	 * A request entered by the side's own people: the buyer's for the buyer, the
	 * partner's for the provider.
	 */
	@Transactional
	public TerminationRequest request(String partnerId, Side side, String reason) {
		return request(partnerId, side, reason, null);
	}

	/**
	 * A request, entered by the current user; {@code onBehalfOf} (or null) names the
	 * provider's person who asked when one of the buyer's people enters the provider's
	 * request. Who may enter what is the API's check ({@code TerminationController}).
	 */
	@Transactional
	public TerminationRequest request(String partnerId, Side side, String reason, OnBehalfOf onBehalfOf) {
		Partner partner = partners.get(partnerId);
		if (partner.getStage().hasEnded()) {
			throw new ConflictException("partner",
					"the partnership with " + partner.getName() + " has already ended (" + partner.getStage() + ")");
		}
		if (partner.getStage() == Stage.DISSOLVING) {
			throw new ConflictException("partner",
					"the partnership with " + partner.getName() + " is already being dissolved");
		}
		TerminationRequest request = requests.save(new TerminationRequest(partnerId, side, reason.strip(),
				partner.getStage(), time.now(), currentUser.idOrSystem(), onBehalfOf));
		try {
			system.run(() -> runtimeService.createMessageCorrelation(LifecycleProcess.TERMINATION_REQUESTED)
				.processInstanceBusinessKey(partnerId)
				.setVariable(DISSOLUTION_CAUSE, "TERMINATION_REQUESTED")
				.correlate());
		}
		catch (MismatchingMessageCorrelationException e) {
			throw new ConflictException("partner", "the lifecycle of " + partner.getName()
					+ " cannot be terminated at its current step; try again in a moment");
		}
		return request;
	}

	@Transactional(readOnly = true)
	public Optional<TerminationRequest> latest(String partnerId) {
		return requests.findFirstByPartnerIdOrderByIdDesc(partnerId);
	}

	@Transactional(readOnly = true)
	public List<TerminationRequest> of(String partnerId) {
		return requests.findByPartnerIdOrderByRequestedAtAscIdAsc(partnerId);
	}

}
