package com.partnerlifecycle.security;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.InvalidInputException;

/**
 * A form's listener that refuses a completion through the engine REST API (bad input, the
 * four-eyes rule) answers 400 with the listener's message and the field, like the product
 * API; deleting a task of a running process answers 409; the engine's "doesn't exist: is
 * null" answers 404 (a missing parameter 400) instead of 500; every other engine error
 * keeps Camunda's own answer.
 */
@Component
class EngineRestRefusals implements ResourceConfigCustomizer {

	@Override
	public void customize(org.glassfish.jersey.server.ResourceConfig config) {
		config.register(EngineRefusalMapper.class);
		config.register(RestRefusalMapper.class);
	}

	/**
	 * What the engine says when asked to delete a task of a running process (a
	 * ProcessEngineException: 500).
	 */
	static final String TASK_OF_A_PROCESS = "The task cannot be deleted because is part of a running process";

	/**
	 * 400 with the listener's message when the failure was a refused form input; 409 when
	 * an admin asked to delete a task of a running process; null otherwise.
	 */
	static Response refusal(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.camunda.bpm.engine.AuthorizationException refused) {
				return Response.status(Response.Status.FORBIDDEN)
					.type(MediaType.APPLICATION_JSON)
					.entity(Map.of("type", "AuthorizationException", "message", plainly(refused), "userId",
							String.valueOf(refused.getUserId()), "missingAuthorizations",
							refused.getMissingAuthorizations()
								.stream()
								.map(missing -> Map.of("permissionName", missing.getViolatedPermissionName(),
										"resourceName", missing.getResourceType(), "resourceId",
										String.valueOf(missing.getResourceId())))
								.toList()))
					.build();
			}
			if (cause instanceof org.camunda.bpm.engine.exception.NullValueException missing) {
				// the engine's "x doesn't exist: x is null" (500 before): 404; a
				// parameter left out: 400
				String message = missing.getMessage() == null ? "" : missing.getMessage();
				boolean notFound = message.contains("doesn't exist") || message.contains("Cannot find")
						|| message.contains("not found");
				return Response.status(notFound ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST)
					.type(MediaType.APPLICATION_JSON)
					.entity(Map.of("type", notFound ? "NotFound" : "InvalidRequestException", "message", message))
					.build();
			}
			if (cause instanceof ProcessEngineException engine && engine.getMessage() != null
					&& engine.getMessage().startsWith(TASK_OF_A_PROCESS)) {
				return Response.status(Response.Status.CONFLICT)
					.type(MediaType.APPLICATION_JSON)
					.entity(Map.of("type", "Conflict", "message",
							"the task is part of a running process: it ends when its form is submitted"))
					.build();
			}
			if (cause instanceof InvalidInputException refusal) {
				return Response.status(Response.Status.BAD_REQUEST)
					.type(MediaType.APPLICATION_JSON)
					.entity(Map.of("type", "InvalidInputException", "message", refusal.getMessage(), "field",
							refusal.field()))
					.build();
			}
		}
		return null;
	}

	/**
	 * An authorization refusal as one plain sentence, as Cockpit and Tasklist show it
	 * ("Your role may not change this process instance: ask an administrator if it needs
	 * to be done."), instead of the engine's list of permissions.
	 */
	static String plainly(org.camunda.bpm.engine.AuthorizationException refused) {
		if (refused.getMissingAuthorizations().isEmpty()) {
			return "Your role may not do this: ask an administrator if it needs to be done.";
		}
		org.camunda.bpm.engine.authorization.MissingAuthorization first = refused.getMissingAuthorizations().get(0);
		String permission = first.getViolatedPermissionName() == null ? "" : first.getViolatedPermissionName();
		String verb = permission.startsWith("READ") ? "see"
				: permission.startsWith("DELETE") ? "delete"
						: permission.startsWith("CREATE") ? "create"
								: permission.startsWith("SUSPEND") ? "suspend or activate"
										: permission.equals("RETRY_JOB") ? "retry the jobs of"
												: permission.startsWith("MIGRATE") ? "migrate"
														: permission.startsWith("TASK_") ? "work on" : "change";
		String resource = first.getResourceType() == null ? "this" : "this "
				+ first.getResourceType().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return "Your role may not " + verb + " " + resource + ": ask an administrator if it needs to be done.";
	}

	@Priority(1)
	public static class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {

		private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			Response refused = refusal(exception);
			return refused != null ? refused : camunda.toResponse(exception);
		}

	}

	/**
	 * The task resource wraps the engine's exception in a RestException (500): unwrap a
	 * refusal.
	 */
	@Priority(1)
	public static class RestRefusalMapper implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camunda = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			Response refused = refusal(exception);
			return refused != null ? refused : camunda.toResponse(exception);
		}

	}

}
