package com.partnerlifecycle.common.form;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * Hands a bound submission from the form handler to the task's complete listener within
 * one engine command. Not a variable, not even a transient one: nothing a caller sends
 * can stand in for it, and it is gone when the command ends, committed or not.
 */
final class SubmittedForms {

	private static final ThreadLocal<Map<String, Record>> HELD = ThreadLocal.withInitial(HashMap::new);

	private SubmittedForms() {
	}

	static void hold(String taskId, Record form) {
		Map<String, Record> held = HELD.get();
		if (held.isEmpty()) {
			Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {

				@Override
				public void onCommandContextClose(CommandContext commandContext) {
					HELD.remove();
				}

				@Override
				public void onCommandFailed(CommandContext commandContext, Throwable t) {
					HELD.remove();
				}

			});
		}
		held.put(taskId, form);
	}

	static <F extends Record> F take(DelegateTask task, Class<F> contract) {
		Record form = HELD.get().remove(task.getId());
		if (!contract.isInstance(form)) {
			throw new InvalidInputException("variables", "this task is completed by submitting its form "
					+ "(Tasklist, or POST /task/" + task.getId() + "/submit-form), not with variables");
		}
		return contract.cast(form);
	}

}
