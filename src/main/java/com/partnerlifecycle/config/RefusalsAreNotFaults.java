package com.partnerlifecycle.config;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.ForbiddenException;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;

/**
 * A refusal the product means, thrown inside an engine command, is logged by the engine
 * as it logs its own refusals (a {@code BadUserRequestException}): at DEBUG, not as
 * "ENGINE-16004 Exception while closing command context" at ERROR with a trace of 150
 * lines. A form's listener that refuses a completion (bad input, a clash with the
 * records) is one: the engine wraps what a task listener throws in its own exception
 * ("ENGINE-03051 ... TaskListener"), which it then logs as a fault. The caller still gets
 * the refusal (400, 403, 404 or 409 at every door); every other exception keeps its ERROR
 * with its trace.
 * <p>
 * A refusal is an {@link InvalidInputException} (and so a {@code ConflictException}), a
 * {@link NotFoundException} or a {@link ForbiddenException}, thrown as it is or wrapped
 * by the engine only: wrapped in any other exception it is part of a fault. Checking
 * before the engine is called (or in a form's {@code check}) stays the first choice; this
 * is for what is unavoidably thrown inside a command.
 */
@Component
class RefusalsAreNotFaults extends AbstractProcessEnginePlugin {

	/** The engine's wrappers are shallow; a deeper chain is not followed. */
	private static final int MAX_DEPTH = 10;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCommandContextFactory() != null) {
			throw new IllegalStateException("Another command context factory is configured ("
					+ configuration.getCommandContextFactory().getClass().getName()
					+ "): refusals would be logged as faults");
		}
		CommandContextFactory factory = new CommandContextFactory() {

			@Override
			public CommandContext createCommandContext() {
				return new RefusalAwareCommandContext(processEngineConfiguration);
			}

		};
		factory.setProcessEngineConfiguration(configuration);
		configuration.setCommandContextFactory(factory);
	}

	/**
	 * Whether the exception a command ended with is a refusal the product means, as it is
	 * or wrapped by the engine.
	 */
	static boolean isRefusal(Throwable exception) {
		Throwable cause = exception;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
			if (cause instanceof InvalidInputException || cause instanceof NotFoundException
					|| cause instanceof ForbiddenException) {
				return true;
			}
			if (!(cause instanceof ProcessEngineException)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The engine's command context, which logs a refusal at DEBUG ("ENGINE-16002")
	 * instead of ERROR ("ENGINE-16004").
	 */
	static final class RefusalAwareCommandContext extends CommandContext {

		RefusalAwareCommandContext(ProcessEngineConfigurationImpl configuration) {
			super(configuration);
		}

		@Override
		protected boolean shouldLogFine(Throwable exception) {
			return super.shouldLogFine(exception) || isRefusal(exception);
		}

	}

}
