package com.partnerlifecycle.common;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The process instance on whose behalf the engine runs an expression, a listener or a
 * delegate right now. Methods that deployed BPMN calls with an id read from a variable
 * check with it that the id belongs to the calling instance: a record is never reached
 * through a variable someone could have rewritten.
 */
public final class CallingProcess {

	private CallingProcess() {
	}

	/**
	 * The calling process instance's id, or null outside one (the product's own calls).
	 */
	public static String processInstanceId() {
		ExecutionEntity execution = execution();
		return execution == null ? null : execution.getProcessInstanceId();
	}

	/**
	 * The calling process instance's business key (the partner id), or null outside one.
	 */
	public static String businessKey() {
		ExecutionEntity execution = execution();
		return execution == null ? null : execution.getProcessBusinessKey();
	}

	/**
	 * Refuses when called from a process instance other than the one that runs the
	 * record.
	 */
	public static void mustRun(String recordsProcessInstanceId, String record) {
		String calling = processInstanceId();
		if (calling != null && !calling.equals(recordsProcessInstanceId)) {
			throw new IllegalStateException(record + " does not belong to process instance " + calling);
		}
	}

	/** Refuses when called from a process instance of another partner (business key). */
	public static void mustBePartner(String partnerId) {
		String calling = businessKey();
		if (calling != null && !calling.equals(partnerId)) {
			throw new IllegalStateException(
					"Partner " + partnerId + " is not the partner of process instance " + processInstanceId());
		}
	}

	private static ExecutionEntity execution() {
		BpmnExecutionContext context = Context.getBpmnExecutionContext();
		return context == null ? null : context.getExecution();
	}

}
