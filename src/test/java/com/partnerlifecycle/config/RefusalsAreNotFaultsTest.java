package com.partnerlifecycle.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.common.ConflictException;
import com.partnerlifecycle.common.ForbiddenException;
import com.partnerlifecycle.common.InvalidInputException;
import com.partnerlifecycle.common.NotFoundException;

/**
 * What an engine command ends with: a refusal the product means, as it is or wrapped by
 * the engine (as it wraps what a task listener throws), reaches the caller unchanged and
 * is not logged as a fault; any other exception, or a refusal inside one, still logs
 * ENGINE-16004 at ERROR with its stack trace.
 */
@LifecycleTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalsAreNotFaultsTest {

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	static Stream<RuntimeException> refusals() {
		return Stream.of(new ConflictException("summit", "'Summit 2027' is still under way (COLLECTING)"),
				new InvalidInputException("overrideReason", "an override needs a written reason"),
				new NotFoundException("partner", "no-such-partner"),
				new ForbiddenException("Opening a partner summit is for executives or sourcing-managers"));
	}

	/** Runs a command that ends with the exception; what the caller got. */
	RuntimeException commandEndingWith(RuntimeException exception) {
		try {
			engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
				throw exception;
			});
		}
		catch (RuntimeException thrown) {
			return thrown;
		}
		throw new AssertionError("the command did not fail");
	}

	/**
	 * The engine's wrapping of a task listener's exception
	 * (EnginePersistenceLogger.invokeTaskListenerException).
	 */
	static ProcessEngineException wrappedByTheEngine(RuntimeException exception) {
		return new ProcessEngineException(
				"ENGINE-03051 There was an exception while invoking the TaskListener. Message: '"
						+ exception.getMessage() + "'",
				new ProcessEngineException("Exception while invoking TaskListener: " + exception.getMessage(),
						exception));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void shouldNotLogARefusalAsAFault(RuntimeException refusal, CapturedOutput output) {
		int from = output.getAll().length();

		assertThat(commandEndingWith(refusal)).isSameAs(refusal);
		ProcessEngineException wrapped = wrappedByTheEngine(refusal);
		assertThat(commandEndingWith(wrapped)).isSameAs(wrapped);

		String log = output.getAll().substring(from);
		assertThat(log.lines()).as(log)
			.noneMatch(line -> line.contains("ERROR"))
			.noneMatch(line -> line.startsWith("\tat "))
			.noneMatch(line -> line.contains("ENGINE-16004"));
	}

	@Test
	void shouldStillLogAFaultAtErrorWithItsTrace(CapturedOutput output) {
		int from = output.getAll().length();

		RuntimeException fault = new IllegalStateException("a fault: the summit's record is missing");
		assertThat(commandEndingWith(fault)).isSameAs(fault);

		String log = output.getAll().substring(from);
		assertThat(log).contains("ERROR")
			.contains("ENGINE-16004 Exception while closing command context")
			.contains("java.lang.IllegalStateException: a fault: the summit's record is missing")
			.contains("\tat ");
	}

	/**
	 * A refusal inside another exception is part of a fault (code that caught it and
	 * failed), not a refusal.
	 */
	@Test
	void shouldLogARefusalWrappedInAnotherExceptionAsAFault(CapturedOutput output) {
		int from = output.getAll().length();

		RuntimeException fault = new IllegalStateException("the invited partner is gone",
				new NotFoundException("partner", "gone-partner"));
		assertThat(commandEndingWith(fault)).isSameAs(fault);

		String log = output.getAll().substring(from);
		assertThat(log).contains("ENGINE-16004").contains("the invited partner is gone").contains("\tat ");
	}

}
