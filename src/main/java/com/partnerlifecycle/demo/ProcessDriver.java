package com.partnerlifecycle.demo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.partnerlifecycle.common.ProcessVariables;

/**
 * Drives lifecycles the way people and timers do: completes a partner's open task as a
 * named user (with that user's groups, as Tasklist would), executes due timers, moves the
 * engine's clock. Used by the demo data and by the process tests, so both walk the real
 * process.
 */
@Component
public class ProcessDriver {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final TaskService taskService;

	private final FormService formService;

	private final IdentityService identityService;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	public ProcessDriver(TaskService taskService, FormService formService, IdentityService identityService,
			RuntimeService runtimeService, ManagementService managementService) {
		this.taskService = taskService;
		this.formService = formService;
		this.identityService = identityService;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
	}

	/**
	 * The open task of this kind in any of the partner's processes (lifecycle or pilots).
	 */
	public List<Task> openTasks(String partnerId, String taskDefinitionKey) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(partnerId)
			.taskDefinitionKey(taskDefinitionKey)
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, 50);
	}

	public Task openTask(String partnerId, String taskDefinitionKey) {
		List<Task> tasks = openTasks(partnerId, taskDefinitionKey);
		if (tasks.isEmpty()) {
			throw new IllegalStateException("No open task " + taskDefinitionKey + " for partner " + partnerId);
		}
		return tasks.get(0);
	}

	/** A variable as the task sees it (its own, then its scopes'). */
	public Object variable(Task task, String name) {
		return ProcessVariables.find(taskService, task.getId(), name, Object.class).orElse(null);
	}

	/**
	 * The success criteria an "Assess the pilot results" task asks to rate, as its form
	 * shows them.
	 */
	public List<String> criteriaOf(Task task) {
		Object rows = ProcessVariables.findLocal(taskService, task.getId(), "criteriaRatings", Object.class)
			.orElseThrow(() -> new IllegalStateException("The assessment task shows no criteria"));
		try {
			return JSON.readTree(rows.toString()).findValuesAsText("criterion");
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("The assessment task shows no criteria", e);
		}
	}

	public Map<String, Object> taskVariablesLocal(Task task) {
		return taskService.getVariablesLocal(task.getId());
	}

	public String pilotTitleOf(Task task) {
		return ProcessVariables.findLocal(taskService, task.getId(), "pilotTitle", String.class).orElse(null);
	}

	/**
	 * Completes the task as this user, authenticated with the user's groups, the way
	 * Tasklist does: claim, then submit the form, which binds the values to the form's
	 * contract before anything is stored.
	 */
	public void complete(Task task, String userId, Map<String, Object> formValues) {
		asUser(userId, () -> {
			taskService.claim(task.getId(), userId);
			formService.submitTaskForm(task.getId(), variables(formValues));
		});
	}

	public void complete(String partnerId, String taskDefinitionKey, String userId, Map<String, Object> formValues) {
		complete(openTask(partnerId, taskDefinitionKey), userId, formValues);
	}

	public void asUser(String userId, Runnable action) {
		List<String> groups = identityService.createGroupQuery()
			.groupMember(userId)
			.listPage(0, 100)
			.stream()
			.map(Group::getId)
			.toList();
		identityService.setAuthentication(userId, groups);
		try {
			action.run();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/**
	 * Executes every job of the partner's processes that is due by the engine's clock
	 * (timers, async steps).
	 */
	public int executeDueJobs(String partnerId) {
		int executed = 0;
		boolean found = true;
		while (found) {
			found = false;
			for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(partnerId)
				.listPage(0, 100)) {
				for (Job job : managementService.createJobQuery()
					.processInstanceId(instance.getId())
					.executable()
					.listPage(0, 100)) {
					managementService.executeJob(job.getId());
					executed++;
					found = true;
				}
			}
		}
		return executed;
	}

	/** When the partner's timer at this activity fires next. */
	public Instant nextJobDue(String partnerId, String activityId) {
		for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(partnerId)
			.listPage(0, 100)) {
			Job job = managementService.createJobQuery()
				.processInstanceId(instance.getId())
				.activityId(activityId)
				.singleResult();
			if (job != null) {
				return job.getDuedate().toInstant();
			}
		}
		throw new IllegalStateException("No timer at " + activityId + " for partner " + partnerId);
	}

	/** Moves the engine's clock, which records and timers read (see BusinessTime). */
	public void clockAt(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	public void resetClock() {
		ClockUtil.reset();
	}

	/** Form values as Tasklist submits them: lists and maps as Json variables. */
	public static VariableMap variables(Map<String, Object> formValues) {
		VariableMap variables = Variables.createVariables();
		formValues.forEach((name, value) -> {
			if (value instanceof List<?> || value instanceof Map<?, ?>) {
				try {
					variables.putValueTyped(name, SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
				}
				catch (JsonProcessingException e) {
					throw new IllegalArgumentException(name, e);
				}
			}
			else {
				variables.putValue(name, value);
			}
		});
		return variables;
	}

}
