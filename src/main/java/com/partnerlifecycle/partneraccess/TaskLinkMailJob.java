package com.partnerlifecycle.partneraccess;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: the job that mails a task's link ({@link TaskLinkMails}), run by the job
 * executor with its retries (an incident in Cockpit when they are used up), on whichever
 * node acquires it.
 */
@Component
class TaskLinkMailJob extends AbstractProcessEnginePlugin implements JobHandler<TaskLinkMailJob.Configuration> {

	record Configuration(String canonical) implements JobHandlerConfiguration {

		@Override
		public String toCanonicalString() {
			return canonical;
		}
	}

	private final ObjectProvider<TaskLinkMails> mails;

	TaskLinkMailJob(ObjectProvider<TaskLinkMails> mails) {
		this.mails = mails;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomJobHandlers() == null) {
			configuration.setCustomJobHandlers(new java.util.ArrayList<>());
		}
		configuration.getCustomJobHandlers().add(this);
	}

	@Override
	public String getType() {
		return TaskLinkMails.JOB_TYPE;
	}

	@Override
	public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
			String tenantId) {
		mails.getObject().deliver(TaskLinkMails.Job.parse(configuration.canonical()));
	}

	@Override
	public Configuration newConfiguration(String canonicalString) {
		return new Configuration(canonicalString);
	}

	@Override
	public void onDelete(Configuration configuration, JobEntity jobEntity) {
		// nothing kept beside the job
	}

}
