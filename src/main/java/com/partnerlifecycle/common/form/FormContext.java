package com.partnerlifecycle.common.form;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the read-only context a form shows as task-local variables; lists and maps as
 * Json for tables.
 */
public final class FormContext {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final DelegateTask task;

	private FormContext(DelegateTask task) {
		this.task = task;
	}

	public static FormContext of(DelegateTask task) {
		return new FormContext(task);
	}

	/**
	 * People to choose from in a checklist or select: label = full name, value = user id;
	 * each once.
	 */
	public FormContext putUserOptions(String name, java.util.List<org.camunda.bpm.engine.identity.User> users) {
		java.util.Map<String, Map<String, Object>> options = new java.util.LinkedHashMap<>();
		for (org.camunda.bpm.engine.identity.User user : users) {
			Map<String, Object> option = new java.util.LinkedHashMap<>();
			option.put("label", (user.getFirstName() + " " + user.getLastName()).strip());
			option.put("value", user.getId());
			options.putIfAbsent(user.getId(), option);
		}
		return put(name, new java.util.ArrayList<>(options.values()));
	}

	/**
	 * One choice of a select whose options a form reads from a variable
	 * ({@code valuesKey}).
	 */
	public static Map<String, Object> option(String value, String label) {
		Map<String, Object> option = new java.util.LinkedHashMap<>();
		option.put("label", label);
		option.put("value", value);
		return option;
	}

	public FormContext put(String name, Object value) {
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			try {
				task.setVariableLocal(name, SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException("Cannot show " + name + " in the form", e);
			}
		}
		else {
			task.setVariableLocal(name, value);
		}
		return this;
	}

}
