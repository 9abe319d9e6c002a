package com.partnerlifecycle.common;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * One bean per form: on create it writes the context the form shows (task-local, read from the records);
 * on complete it validates what was submitted and writes it to the records. An exception on complete
 * refuses the completion and Tasklist shows its message, so nothing half-done is kept.
 */
/** Until every form has its contract: the listener of a form that is not yet bound (to be removed). */
@Deprecated
public abstract class FormTaskListener implements TaskListener {

	@Override
	public final void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> prepare(task);
			case EVENTNAME_COMPLETE -> submit(task);
			default -> {
				// assignment, update, timeout: nothing to do
			}
		}
	}

	/** Write the task-local context variables the form shows read-only. */
	protected abstract void prepare(DelegateTask task);

	/** Validate the submitted inputs, write the records, leave only decisions as process variables. */
	protected abstract void submit(DelegateTask task);

}
