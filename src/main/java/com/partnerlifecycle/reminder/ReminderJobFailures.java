package com.partnerlifecycle.reminder;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: a job that failed with {@link ReminderMayHaveBeenSent} gets no retry —
 * its retries go to 0 at once, which raises an incident in Cockpit. Every other failure
 * keeps the engine's retry cycle.
 */
@Component
class ReminderJobFailures extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		FailedJobCommandFactory standard = configuration.getFailedJobCommandFactory() != null
				? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
		configuration.setFailedJobCommandFactory((jobId, exception) -> mayHaveBeenSent(exception)
				? new IncidentAtOnce(jobId, exception) : standard.getCommand(jobId, exception));
	}

	static boolean mayHaveBeenSent(Throwable exception) {
		for (Throwable t = exception; t != null; t = t.getCause()) {
			if (t instanceof ReminderMayHaveBeenSent) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records the failure on the job and sets its retries to 0: an incident, no automatic
	 * retry.
	 */
	static final class IncidentAtOnce extends JobRetryCmd implements Command<Object> {

		IncidentAtOnce(String jobId, Throwable exception) {
			super(jobId, exception);
		}

		@Override
		public Object execute(CommandContext commandContext) {
			JobEntity job = getJob();
			if (job != null) {
				job.unlock();
				logException(job);
				job.setRetries(0);
				notifyAcquisition(commandContext);
			}
			return null;
		}

	}

}
