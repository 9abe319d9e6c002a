package com.partnerlifecycle.partner;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.NotFoundException;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.SystemActions;
import com.partnerlifecycle.config.AccessRules;
import com.partnerlifecycle.common.Groups;

@Service
public class PartnerService {

	private final PartnerRepository partners;

	private final StageTransitionRepository transitions;

	private final RuntimeService runtimeService;

	private final BusinessTime time;

	private final CurrentUser currentUser;

	private final IdentityService identityService;

	private final FilterService filterService;

	private final TaskService taskService;

	private final SystemActions system;

	private final AccessRules accessRules;

	private final HistoryService historyService;

	private final org.springframework.context.ApplicationEventPublisher events;

	public PartnerService(PartnerRepository partners, StageTransitionRepository transitions,
			RuntimeService runtimeService, BusinessTime time, CurrentUser currentUser, IdentityService identityService,
			FilterService filterService, TaskService taskService, SystemActions system, AccessRules accessRules,
			HistoryService historyService, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.historyService = historyService;
		this.system = system;
		this.accessRules = accessRules;
		this.partners = partners;
		this.transitions = transitions;
		this.runtimeService = runtimeService;
		this.time = time;
		this.currentUser = currentUser;
		this.identityService = identityService;
		this.filterService = filterService;
		this.taskService = taskService;
	}

	/**
	 * Registers a candidate and starts its lifecycle in one transaction: both exist, or
	 * neither.
	 */
	@Transactional
	public Partner register(Registration registration) {
		String name = registration.name().strip();
		var capabilities = Capabilities.normalize("capabilities", registration.capabilities());
		if (partners.existsByNameKey(Partner.nameKey(name))) {
			throw new ConflictException("name", "a partner named '" + name + "' is already registered");
		}
		String id = PartnerIds.fromName(name, partners::existsById);
		String groupId = Groups.forNewPartner(id);
		mustBeFreeGroup(name, groupId);
		mustHaveNoLifecycle(name, id);
		String by = currentUser.idOrSystem();
		Partner partner = partners.save(new Partner(id, name, blankToNull(registration.description()),
				blankToNull(registration.contactEmail()), registration.plannedPilots(), time.now(), by));
		partner.declareCapabilities(capabilities);
		transitions
			.save(new StageTransition(id, null, Stage.CANDIDATE, time.now(), by, LifecycleProcess.PARTNER_REGISTERED));
		events.publishEvent(new StageChanged(id, null, Stage.CANDIDATE));
		system.run(() -> createRepresentativesGroup(groupId, name));
		// as the system: no business group may start a process through an engine door
		// (AccessRules)
		String processInstanceId = system.run(
				() -> runtimeService
					.startProcessInstanceByKey(LifecycleProcess.KEY, id,
							Variables.createVariables()
								.putValue(LifecycleProcess.PARTNER_ID, id)
								.putValue(LifecycleProcess.PARTNER_NAME, name)
								.putValue(LifecycleProcess.STAGE, Stage.CANDIDATE.name()))
					.getId());
		partner.linkProcessInstance(processInstanceId);
		return partner;
	}

	/**
	 * The partner's group must be its own: not a role ({@link Groups#RESERVED}), not a
	 * group that already exists in the identity service (an admin's, or a partner's), not
	 * another partner's.
	 */
	private void mustBeFreeGroup(String name, String groupId) {
		boolean taken = Groups.RESERVED.contains(groupId) || partners.existsByGroupId(groupId)
				|| system.run(() -> identityService.createGroupQuery().groupId(groupId).count() > 0);
		if (taken) {
			throw new ConflictException("name", "a partner named '" + name + "' would get the group '" + groupId
					+ "', which already exists; choose another name");
		}
	}

	/**
	 * One lifecycle per business key: a lifecycle under this id (running or ended)
	 * refuses the registration.
	 */
	private void mustHaveNoLifecycle(String name, String id) {
		long lifecycles = system.run(() -> historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(LifecycleProcess.KEY)
			.processInstanceBusinessKey(id)
			.count());
		if (lifecycles > 0) {
			throw new ConflictException("name", "a partner named '" + name + "' would get the id '" + id
					+ "', which already has a lifecycle; choose another name");
		}
	}

	/**
	 * The group of the partner's representatives, as stored with it; unknown partner:
	 * 404.
	 */
	@Transactional(readOnly = true)
	public String groupOf(String partnerId) {
		return partners.findGroupIdById(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
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
		if (stage != null && page.getSort().isSorted()) {
			// Within one stage "stage, name, id" is the order "name, id": said so, the
			// database reads the page straight
			// from the index (stage, name, id) instead of sorting the whole stage first
			// (H2 does not see it alone).
			page = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("stage").and(page.getSort()));
		}
		return partners.findAll(spec, page);
	}

	@Transactional(readOnly = true)
	public List<StageTransition> history(String partnerId) {
		return transitions.findByPartnerIdOrderByChangedAtAscIdAsc(partnerId);
	}

	/**
	 * Moves the stored stage and records who moved it, at which step; staying in a stage
	 * records nothing.
	 */
	@Transactional
	public void moveTo(String partnerId, Stage stage, String activityId) {
		Partner partner = get(partnerId);
		if (partner.getStage() == stage) {
			return;
		}
		transitions.save(new StageTransition(partnerId, partner.getStage(), stage, time.now(), currentUser.idOrSystem(),
				activityId));
		events.publishEvent(new StageChanged(partnerId, partner.getStage(), stage));
		partner.moveTo(stage);
		if (stage.hasEnded()) {
			events.publishEvent(new PartnershipEnded(partnerId, stage));
		}
	}

	@Transactional
	public void recordExpectedBenefits(String partnerId, String buyerBenefits, String providerBenefits) {
		get(partnerId).recordExpectedBenefits(buyerBenefits, providerBenefits);
	}

	/**
	 * What the partner provides, replacing what it declared before; refused once the
	 * partnership has ended.
	 */
	@Transactional
	public Partner declareCapabilities(String partnerId, List<String> tags) {
		Partner partner = get(partnerId);
		var normalized = Capabilities.normalize("capabilities", tags);
		if (partner.getStage().hasEnded()) {
			throw new ConflictException("partner", "the partnership with " + partner.getName() + " has ended ("
					+ partner.getStage() + "); its capabilities are kept as they were");
		}
		partner.declareCapabilities(normalized);
		return partner;
	}

	@Transactional
	public void changeMode(String partnerId, Mode mode) {
		get(partnerId).changeMode(mode);
	}

	@Transactional
	public void archive(String partnerId) {
		get(partnerId).archive(time.now());
	}

	@Transactional
	public void countPilotExtension(String partnerId) {
		get(partnerId).countPilotExtension();
	}

	/**
	 * The partner's own group, and a Tasklist filter with its literal id: its
	 * provider-side tasks go there, so no representative sees another partner's work.
	 */
	private void createRepresentativesGroup(String groupId, String name) {
		if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identityService.newGroup(groupId);
			group.setName(name + " representatives");
			group.setType("PARTNER");
			identityService.saveGroup(group);
		}
		if (filterService.createFilterQuery().filterName(name + " — partner tasks").count() == 0) {
			String filterId = filterService.saveFilter(filterService.newTaskFilter(name + " — partner tasks")
				.setQuery(taskService.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks())
				.setProperties(Map.of("description", "Tasks for the representatives of " + name, "priority", 20,
						"refresh", true, "variables",
						List.of(Map.of("name", LifecycleProcess.PARTNER_NAME, "label", "Partner")))))
				.getId();
			accessRules.grantFilterRead(groupId, filterId);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** What a sourcing manager gives to register a candidate. */
	public record Registration(String name, String description, String contactEmail, Integer plannedPilots,
			List<String> capabilities) {

		public Registration(String name, String description, String contactEmail, Integer plannedPilots) {
			this(name, description, contactEmail, plannedPilots, List.of());
		}
	}

}
