package com.partnerlifecycle.partner;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.ConflictException;

@Service
public class PartnerService {

	private final PartnerRepository partners;

	private final StageTransitionRepository transitions;

	private final RuntimeService runtimeService;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	public PartnerService(PartnerRepository partners, StageTransitionRepository transitions,
			RuntimeService runtimeService, BusinessTime time, CurrentUser currentUser) {
		this.partners = partners;
		this.transitions = transitions;
		this.runtimeService = runtimeService;
		this.time = time;
		this.currentUser = currentUser;
	}

	/** Registers a candidate and starts its lifecycle in one transaction: both exist, or neither. */
	@Transactional
	public Partner register(Registration registration) {
		String name = registration.name().strip();
		if (partners.existsByNameKey(Partner.nameKey(name))) {
			throw new ConflictException("name", "a partner named '" + name + "' is already registered");
		}
		String id = PartnerIds.fromName(name, partners::existsById);
		String by = currentUser.idOrSystem();
		Partner partner = partners.save(new Partner(id, name, blankToNull(registration.description()),
				blankToNull(registration.contactEmail()), registration.plannedPilots(), time.now(), by));
		transitions.save(new StageTransition(id, null, Stage.CANDIDATE, time.now(), by,
				LifecycleProcess.PARTNER_REGISTERED));
		String processInstanceId = runtimeService.startProcessInstanceByKey(LifecycleProcess.KEY, id,
				Variables.createVariables()
					.putValue(LifecycleProcess.PARTNER_ID, id)
					.putValue(LifecycleProcess.PARTNER_NAME, name)
					.putValue(LifecycleProcess.STAGE, Stage.CANDIDATE.name()))
			.getId();
		partner.linkProcessInstance(processInstanceId);
		return partner;
	}

	@Transactional(readOnly = true)
	public Partner get(String id) {
		return partners.findById(id).orElseThrow(() -> new NotFoundException("partner", id));
	}

	@Transactional(readOnly = true)
	public Optional<Partner> find(String id) {
		return partners.findById(id);
	}

	@Transactional(readOnly = true)
	public Page<Partner> search(Stage stage, Mode mode, String name, Pageable page) {
		Specification<Partner> spec = (root, query, cb) -> cb.conjunction();
		if (stage != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("stage"), stage));
		}
		if (mode != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("mode"), mode));
		}
		if (name != null && !name.isBlank()) {
			String pattern = "%" + Partner.nameKey(name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			spec = spec.and((root, query, cb) -> cb.like(root.get("nameKey"), pattern, '\\'));
		}
		return partners.findAll(spec, page);
	}

	@Transactional(readOnly = true)
	public List<StageTransition> history(String partnerId) {
		return transitions.findByPartnerIdOrderByChangedAtAscIdAsc(partnerId);
	}

	/** Moves the stored stage and records who moved it, at which step; staying in a stage records nothing. */
	@Transactional
	public void moveTo(String partnerId, Stage stage, String activityId) {
		Partner partner = get(partnerId);
		if (partner.getStage() == stage) {
			return;
		}
		transitions.save(new StageTransition(partnerId, partner.getStage(), stage, time.now(),
				currentUser.idOrSystem(), activityId));
		partner.moveTo(stage);
	}

	@Transactional
	public void recordExpectedBenefits(String partnerId, String buyerBenefits, String providerBenefits) {
		get(partnerId).recordExpectedBenefits(buyerBenefits, providerBenefits);
	}

	@Transactional
	public void countPilotExtension(String partnerId) {
		get(partnerId).countPilotExtension();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** What a sourcing manager gives to register a candidate. */
	public record Registration(String name, String description, String contactEmail, Integer plannedPilots) {
	}


}
