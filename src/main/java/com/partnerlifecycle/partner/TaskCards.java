package com.partnerlifecycle.partner;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card shows: the partner and its stage, as task-local variables written
 * when a task is created. Tasklist reads a card's variables with its user's rights, and a
 * reviewer or a partner's representative may read the task only, not its process
 * instance: task-local variables are what they see, without widening anyone's rights.
 * Read from the partner record found by the business key (never from a variable). Tasks
 * created before this existed get them at start-up (one query finds them; nothing to do
 * afterwards). Tasks of no partner (the summit's own) get none.
 */
@Component
@Order(8)
public class TaskCards extends AbstractProcessEnginePlugin implements ApplicationRunner {

	/** The card variables, named as the Tasklist filters list them. */
	public static final String PARTNER = LifecycleProcess.PARTNER_NAME;

	public static final String STAGE = LifecycleProcess.STAGE;

	private static final Logger LOG = LoggerFactory.getLogger(TaskCards.class);

	private static final int PAGE = 500;

	private final ObjectProvider<PartnerRepository> partners;

	private final ObjectProvider<TaskService> taskService;

	private final ObjectProvider<ManagementService> managementService;

	private final ObjectProvider<RuntimeService> runtimeService;

	TaskCards(ObjectProvider<PartnerRepository> partners, ObjectProvider<TaskService> taskService,
			ObjectProvider<ManagementService> managementService, ObjectProvider<RuntimeService> runtimeService) {
		this.runtimeService = runtimeService;
		this.partners = partners;
		this.taskService = taskService;
		this.managementService = managementService;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener onCreate = this::write;
		com.partnerlifecycle.common.form.FormContracts.postParseListeners(configuration)
			.add(new AbstractBpmnParseListener() {

				@Override
				public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
					if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
						behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
					}
				}

			});
	}

	private void write(DelegateTask task) {
		String businessKey = task.getExecution().getProcessBusinessKey();
		if (businessKey != null) {
			partners.getObject().findById(businessKey).ifPresent(partner -> task.setVariablesLocal(of(partner)));
		}
	}

	/** The card of a partner's task: its name, and its stage in words. */
	static VariableMap of(Partner partner) {
		return Variables.createVariables()
			.putValue(PARTNER, partner.getName())
			.putValue(STAGE, partner.getStage().label(partner.getMode()));
	}

	/**
	 * Open tasks of a partner created before the cards existed: written once, at
	 * start-up.
	 */
	@Override
	public void run(ApplicationArguments args) {
		ManagementService management = managementService.getObject();
		String sql = "SELECT T.* FROM " + management.getTableName(TaskEntity.class) + " T JOIN "
				+ management.getTableName(ExecutionEntity.class)
				+ " E ON E.ID_ = T.PROC_INST_ID_ JOIN partner P ON P.id = "
				+ "E.BUSINESS_KEY_ WHERE NOT EXISTS (SELECT 1 FROM "
				+ management.getTableName(VariableInstanceEntity.class) + " V WHERE V.TASK_ID_ = T.ID_ AND V.NAME_ = '"
				+ PARTNER + "')";
		int written = 0;
		List<Task> tasks;
		do {
			tasks = taskService.getObject().createNativeTaskQuery().sql(sql).listPage(0, PAGE);
			for (Task task : tasks) {
				ProcessInstance instance = runtimeService.getObject()
					.createProcessInstanceQuery()
					.processInstanceId(task.getProcessInstanceId())
					.singleResult();
				Partner partner = partners.getObject().findById(instance.getBusinessKey()).orElseThrow();
				taskService.getObject().setVariablesLocal(task.getId(), of(partner));
				written++;
			}
		}
		while (tasks.size() == PAGE);
		if (written > 0) {
			LOG.info("Task cards: partner and stage written to {} open tasks created before cards existed", written);
		}
	}

}
