package com.partnerlifecycle.summit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves summits still running on version 1 of {@code annual-partner-summit}, where every
 * partner's "Submit roadmap proposals" task lived inside the summit's instance (an
 * embedded multi-instance subprocess, so a partner's task saw and could reach the
 * summit's variables), onto the deployed version, where each partner proposes in its own
 * called instance. Runs at start-up after the deployment and before the job executor
 * starts; idempotent (a summit moved once is no longer on version 1). Each summit is
 * moved in one transaction, all of it or nothing:
 * <ol>
 * <li>the old partner subprocesses are cancelled (without listeners: nothing is recorded
 * as answered);</li>
 * <li>the instance is migrated to the deployed version; activities present in both (the
 * round, "Start the proposal review", the review, the send steps) keep their state, tasks
 * keep their ids;</li>
 * <li>in a running round, one call of the partner's proposals starts per partner that has
 * not answered, so its task lives in its own instance (business key = the partner); a
 * partner that answered gets none. If nobody is left to answer, the round ends as it
 * would have ("Every partner answered").</li>
 * </ol>
 */
@Component
@Order(3)
class SummitProposalsMigration implements ApplicationRunner {

	/** version 1's embedded subprocess of one partner's proposals, inside the round */
	static final String LEGACY_PARTNER_PROPOSALS = "SubProcess_PartnerProposals";

	static final String EVERY_PARTNER_ANSWERED = SummitProcess.EVERY_PARTNER_ANSWERED;

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	private static final Logger log = LoggerFactory.getLogger(SummitProposalsMigration.class);

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final SummitService summits;

	private final TransactionTemplate transaction;

	SummitProposalsMigration(RepositoryService repositoryService, RuntimeService runtimeService, SummitService summits,
			PlatformTransactionManager transactionManager) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.summits = summits;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(SummitProcess.KEY)
			.orderByProcessDefinitionVersion()
			.desc()
			.listPage(0, 1000);
		ProcessDefinition target = versions.stream().filter(this::callsPartnerProposals).findFirst().orElse(null);
		if (target == null) {
			return; // not deployed yet
		}
		for (ProcessDefinition legacy : versions.stream().filter(this::embedsPartnerProposals).toList()) {
			List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
				.processDefinitionId(legacy.getId())
				.listPage(0, 1000);
			if (running.isEmpty()) {
				continue;
			}
			MigrationPlan plan = runtimeService.createMigrationPlan(legacy.getId(), target.getId())
				.mapEqualActivities()
				.build();
			for (ProcessInstance summit : running) {
				try {
					List<String> started = transaction.execute(status -> migrate(summit.getId(), plan));
					log.info("Summit instance {} moved from {} to {}; partners now proposing in their own instance: {}",
							summit.getId(), legacy.getId(), target.getId(), started);
				}
				catch (RuntimeException e) {
					log.error(
							"Summit instance {} could not be moved from {} to {}; it stays where it is until the next "
									+ "start",
							summit.getId(), legacy.getId(), target.getId(), e);
				}
			}
		}
	}

	/**
	 * Moves one summit instance; returns the partners whose proposals now run in their
	 * own instance.
	 */
	List<String> migrate(String processInstanceId, MigrationPlan plan) {
		ActivityInstance[] legacyProposals = runtimeService.getActivityInstance(processInstanceId)
			.getActivityInstances(LEGACY_PARTNER_PROPOSALS + MULTI_INSTANCE_BODY);
		if (legacyProposals.length > 0) {
			ProcessInstanceModificationBuilder cancel = runtimeService
				.createProcessInstanceModification(processInstanceId);
			for (ActivityInstance body : legacyProposals) {
				cancel.cancelActivityInstance(body.getId());
			}
			cancel.execute(true, true);
		}
		runtimeService.newMigration(plan)
			.processInstanceIds(processInstanceId)
			.skipCustomListeners()
			.skipIoMappings()
			.execute();
		ActivityInstance[] rounds = runtimeService.getActivityInstance(processInstanceId)
			.getActivityInstances(SummitProcess.ROUND);
		if (rounds.length == 0) {
			return List.of(); // not in the round (invitations still to send, or the
								// review): nothing to start
		}
		Summit summit = summits.openedBy(processInstanceId);
		List<String> toAnswer = summits.invitees(summit.getId())
			.stream()
			.filter(invitee -> invitee.getStatus() == InviteeStatus.INVITED)
			.map(SummitInvitee::getPartnerId)
			.toList();
		if (toAnswer.isEmpty()) {
			runtimeService.createProcessInstanceModification(processInstanceId)
				.startBeforeActivity(EVERY_PARTNER_ANSWERED, rounds[0].getId())
				.execute();
			return List.of();
		}
		List<String> started = new ArrayList<>();
		for (String partnerId : toAnswer) {
			// the first call creates the multi-instance body in the round; each further
			// one adds an instance to it
			ActivityInstance[] bodies = runtimeService.getActivityInstance(processInstanceId)
				.getActivityInstances(SummitProcess.CALL_PARTNER_PROPOSALS + MULTI_INSTANCE_BODY);
			runtimeService.createProcessInstanceModification(processInstanceId)
				.startBeforeActivity(SummitProcess.CALL_PARTNER_PROPOSALS,
						bodies.length == 0 ? rounds[0].getId() : bodies[0].getId())
				.setVariableLocal(SummitProcess.PARTNER_ID, partnerId)
				.execute();
			started.add(partnerId);
		}
		return started;
	}

	private boolean callsPartnerProposals(ProcessDefinition definition) {
		return repositoryService.getBpmnModelInstance(definition.getId())
			.getModelElementById(SummitProcess.CALL_PARTNER_PROPOSALS) instanceof CallActivity;
	}

	private boolean embedsPartnerProposals(ProcessDefinition definition) {
		return repositoryService.getBpmnModelInstance(definition.getId())
			.getModelElementById(LEGACY_PARTNER_PROPOSALS) instanceof SubProcess;
	}

}
