package com.partnerlifecycle.common;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The one way the product reads a process variable: typed, named in the error when it is
 * missing or of another type. Variables hold what the system set (ids, decisions, the
 * process's inputs), never a record a user could point elsewhere: a record is found from
 * the process instance or its business key.
 */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	/**
	 * The variable as this scope sees it (its own, then its parents'); empty when it is
	 * not set or null.
	 */
	public static <T> Optional<T> find(VariableScope scope, String name, Class<T> type) {
		return value(scope.getVariableTyped(name), name, type);
	}

	/**
	 * The variable as this scope sees it; an {@link IllegalStateException} naming it when
	 * it is not set.
	 */
	public static <T> T require(VariableScope scope, String name, Class<T> type) {
		return find(scope, name, type).orElseThrow(() -> missing(name));
	}

	/**
	 * The variable as the task sees it (its own, then its scopes'); empty when it is not
	 * set or null.
	 */
	public static <T> Optional<T> find(TaskService tasks, String taskId, String name, Class<T> type) {
		return value(tasks.getVariableTyped(taskId, name), name, type);
	}

	/**
	 * The task's own variable (the context its form shows); empty when it is not set or
	 * null.
	 */
	public static <T> Optional<T> findLocal(TaskService tasks, String taskId, String name, Class<T> type) {
		return value(tasks.getVariableLocalTyped(taskId, name), name, type);
	}

	private static <T> Optional<T> value(TypedValue typed, String name, Class<T> type) {
		Object value = typed == null ? null : typed.getValue();
		if (value == null) {
			return Optional.empty();
		}
		if (!type.isInstance(value)) {
			throw new IllegalStateException("Variable " + name + " holds a " + value.getClass().getSimpleName()
					+ " where a " + type.getSimpleName() + " is expected");
		}
		return Optional.of(type.cast(value));
	}

	private static IllegalStateException missing(String name) {
		return new IllegalStateException("Variable " + name + " is not set");
	}

}
