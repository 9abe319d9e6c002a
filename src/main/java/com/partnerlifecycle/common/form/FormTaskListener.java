package com.partnerlifecycle.common.form;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * One bean per form, bound to its typed contract {@code F}: the record of the fields the
 * form submits. On create it writes the context the form shows (task-local, read from the
 * records). On complete it receives the submission the form handler bound and validated
 * before anything was stored ({@link FormContracts}), writes it to the records and sets
 * only the decision the next gateway reads. An exception refuses the completion and
 * Tasklist shows its message, so nothing half-done is kept.
 * <p>
 * Records are found from the task's process instance or business key, never from a
 * variable: whoever may work on a task could send any variable with its completion.
 */
public abstract class FormTaskListener<F extends Record> implements TaskListener {

	private final String formKey;

	private final Class<F> contract;

	protected FormTaskListener(String formKey, Class<F> contract) {
		this.formKey = formKey;
		this.contract = contract;
	}

	/** The form's id ({@code forms/<id>.form}, {@code camunda:formRef}). */
	public final String formKey() {
		return formKey;
	}

	public final Class<F> contract() {
		return contract;
	}

	@Override
	public final void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> prepare(task);
			case EVENTNAME_COMPLETE -> submit(task, SubmittedForms.take(task, contract));
			default -> {
				// assignment, update, timeout: nothing to do
			}
		}
	}

	/**
	 * Checks a bound submission against the records before the task completes: called by
	 * the form handler ({@link FormContracts}), so a refusal is a clean 400 naming the
	 * field at every door, logged at DEBUG, and nothing was run. The business rules stay
	 * in the feature's service; {@link #check} only calls them.
	 */
	public final void checkSubmission(DelegateTask task, Record form) {
		check(task, contract.cast(form));
	}

	/**
	 * The service's checks of a submission that need the records (read only); none by
	 * default.
	 */
	protected void check(DelegateTask task, F form) {
	}

	/** Write the task-local context variables the form shows read-only. */
	protected abstract void prepare(DelegateTask task);

	/**
	 * Write the bound submission to the records; leave only decisions as process
	 * variables.
	 */
	protected abstract void submit(DelegateTask task, F form);

}
