package com.partnerlifecycle.common.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.BusinessTime;
import com.partnerlifecycle.common.InvalidInputException;

/**
 * Binds every user task's form to its typed contract before the engine stores anything. A
 * BPMN parse listener wraps the form handler of each user task with a
 * {@code camunda:formRef}; a submission ({@code FormService.submitTaskForm}, {@code POST
 * /task/{id}/submit-form} at either engine door) is bound to the record of that form's
 * listener and validated, then handed to the listener. The engine's own handler, which
 * would store every submitted key as a process variable and log each text in the history,
 * never sees it: only the decision the listener sets is stored. Definitions are parsed
 * again at every start, so tasks of older deployments are bound too.
 */
@Component
public class FormContracts extends AbstractProcessEnginePlugin {

	private final ObjectProvider<FormTaskListener<?>> listeners;

	private final FormBinder binder;

	private volatile Map<String, Class<? extends Record>> byForm;

	public FormContracts(ObjectProvider<FormTaskListener<?>> listeners, BusinessTime time) {
		this.listeners = listeners;
		this.binder = new FormBinder(time.zone());
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		postParseListeners(configuration).add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				String formKey = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
				if (formKey != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
					TaskDefinition definition = behavior.getTaskDefinition();
					definition.setTaskFormHandler(new BoundFormHandler(definition.getTaskFormHandler(), formKey));
				}
			}

		});
	}

	/**
	 * The engine's list of BPMN parse listeners run after its own, made if there is none
	 * yet.
	 */
	public static List<BpmnParseListener> postParseListeners(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners();
		if (parseListeners == null) {
			parseListeners = new java.util.ArrayList<>();
			configuration.setCustomPostBPMNParseListeners(parseListeners);
		}
		return parseListeners;
	}

	/** The contract of a form, by its id; every form of the product has one. */
	public Class<? extends Record> contractOf(String formKey) {
		Class<? extends Record> contract = contracts().get(formKey);
		if (contract == null) {
			throw new IllegalStateException("Form " + formKey + " has no contract (no FormTaskListener declares it)");
		}
		return contract;
	}

	public Map<String, Class<? extends Record>> contracts() {
		Map<String, Class<? extends Record>> known = byForm;
		if (known == null) {
			known = new HashMap<>();
			for (FormTaskListener<?> listener : listeners) {
				known.put(listener.formKey(), listener.contract());
			}
			byForm = known;
		}
		return known;
	}

	private FormTaskListener<?> listenerOf(String formKey) {
		for (FormTaskListener<?> listener : listeners) {
			if (listener.formKey().equals(formKey)) {
				return listener;
			}
		}
		throw new IllegalStateException("Form " + formKey + " has no listener");
	}

	/** Binds a submission to the form's contract: for tests of the contract itself. */
	public Record bind(String formKey, VariableMap submitted) {
		return binder.bind(contractOf(formKey), submitted);
	}

	/**
	 * The engine's handler for showing the form (its key, its Camunda form); the contract
	 * for what comes back.
	 */
	private final class BoundFormHandler implements TaskFormHandler {

		private final TaskFormHandler engine;

		private final String formKey;

		BoundFormHandler(TaskFormHandler engine, String formKey) {
			this.engine = engine;
			this.formKey = formKey;
		}

		@Override
		public org.camunda.bpm.engine.form.TaskFormData createTaskForm(TaskEntity task) {
			return engine.createTaskForm(task);
		}

		@Override
		public void parseConfiguration(Element activityElement,
				org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity deployment,
				org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity processDefinition,
				BpmnParse bpmnParse) {
			engine.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
		}

		@Override
		public void submitFormVariables(VariableMap properties, org.camunda.bpm.engine.delegate.VariableScope scope) {
			if (!(scope instanceof TaskEntity task)) {
				throw new InvalidInputException("variables", "form " + formKey + " is submitted for a task only");
			}
			Record form = bind(formKey, properties);
			listenerOf(formKey).checkSubmission(task, form);
			SubmittedForms.hold(task.getId(), form);
		}

	}

}
