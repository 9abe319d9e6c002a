package com.partnerlifecycle.apidoc;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The product API's description ({@code /api/openapi.json}, Swagger UI at
 * {@code /swagger-ui/index.html}), built by springdoc from the controllers: HTTP Basic on
 * every call, and the refusals every call shares as problem JSON
 * ({@code common/ApiErrors}), added here by rule rather than on each method. An operation
 * that can never answer one of them says so with {@link NeverAnswers}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	static final String BASIC_AUTH = "basicAuth";

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI partnershipApi(ObjectProvider<BuildProperties> build) {
		// the build writes build-info (pom.xml); an IDE's run without Maven has none
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("unknown");
		return new OpenAPI().info(new Info().title("Partnership Lifecycle API")
			.version(version)
			.description("The product API of Partnership Lifecycle: register partners, read a partnership and its "
					+ "reviews, contacts, action items, reminders and summits, export spreadsheets. Each call runs as "
					+ "its user, with that user's role (the buyer's people, a partner's representatives); the users, "
					+ "roles and the lifecycle are described in the project's README.md and docs/rules.md. Every "
					+ "refusal is problem JSON (RFC 9457) whose `errors` name each field at fault and why."))
			// relative: the document is right wherever the application is reached (behind
			// a proxy too)
			.servers(List.of(new Server().url("/").description("this application")))
			.components(new Components()
				.addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("basic")
					.description("The Tasklist user name and password. Too many wrong passwords for a user from one "
							+ "client: 429 with Retry-After for that user from there."))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
	}

	/**
	 * What ApiErrors (and the authentication filter, the body limit, the error page)
	 * write.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema<?> problemSchema() {
		Schema fieldError = new ObjectSchema()
			.addProperty("field",
					new Schema<String>().types(new java.util.LinkedHashSet<>(List.of("string", "null")))
						.description("the JSON path of the value at fault in the body (e.g. `pilots[0].score`), or the "
								+ "parameter's name; null when the request as a whole is at fault")
						.example("name"))
			.addProperty("message", new StringSchema().description("why").example("is required"));
		fieldError.required(List.of("field", "message"));
		Schema problem = new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title",
					new StringSchema().description("the HTTP status's reason phrase").example("Bad Request"))
			.addProperty("status", new IntegerSchema().description("the HTTP status").example(400))
			.addProperty("detail",
					new StringSchema().description("what went wrong, for people").example("name: is required"))
			.addProperty("instance",
					new StringSchema().format("uri").description("the path that was called").example("/api/partners"))
			.addProperty("errors",
					new ArraySchema().items(fieldError)
						.description("each field at fault and why; one "
								+ "entry with field null when no one field is at fault; empty for 401 and 429"));
		problem.required(List.of("type", "title", "status", "detail", "errors"));
		return problem;
	}

	@Bean
	OperationCustomizer problemResponses() {
		return OpenApiDocument::addProblemResponses;
	}

	/**
	 * {@code partnerGet}, {@code summitGet}, not springdoc's {@code get_1},
	 * {@code get_2}: stable names for clients.
	 */
	@Bean
	OperationCustomizer operationIds() {
		return (operation, handler) -> operation.operationId(operationId(handler));
	}

	static String operationId(HandlerMethod handler) {
		String type = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
		String method = handler.getMethod().getName();
		return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
				+ method.substring(1);
	}

	/**
	 * 401 and 429 (the authentication filter) and 403 (Roles) on every operation; 400 on
	 * those with input; 404 on those naming a record by path; 409 on those that change
	 * something; 413 and 415 on those with a body.
	 */
	static io.swagger.v3.oas.models.Operation addProblemResponses(io.swagger.v3.oas.models.Operation operation,
			HandlerMethod handler) {
		NeverAnswers never = handler.getMethodAnnotation(NeverAnswers.class);
		Set<Integer> excluded = never == null ? Set.of()
				: Arrays.stream(never.value()).boxed().collect(Collectors.toSet());
		boolean body = hasParameter(handler, RequestBody.class);
		boolean pathVariable = hasParameter(handler, PathVariable.class);
		boolean input = body || pathVariable || hasParameter(handler, RequestParam.class);
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		boolean changes = mapping != null && Arrays.stream(mapping.method())
			.anyMatch(m -> m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH
					|| m == RequestMethod.DELETE);
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		TreeMap<String, ApiResponse> problems = new TreeMap<>();
		if (input) {
			problems.put("400", problem("Bad input: `errors` names each parameter or field at fault and why"));
		}
		problems.put("401",
				problem("No credentials, or a wrong user name or password (HTTP Basic)").addHeaderObject(
						"WWW-Authenticate",
						new Header().description("Basic realm=\"Partnership Lifecycle\"").schema(new StringSchema())));
		problems.put("403", problem("The caller's role may not do this (or not for this partner)"));
		if (pathVariable) {
			problems.put("404", problem("No such record (a partner, review, contact or summit named in the path)"));
		}
		if (changes) {
			problems.put("409", problem("Clashes with the current state (e.g. the partnership has ended, the name is "
					+ "taken): `errors` names the field"));
		}
		if (body) {
			problems.put("413", problem("The request body is over the size limit of the product API"));
			problems.put("415", problem("The request body is not application/json"));
		}
		problems.put("429", problem("Too many failed logins for this user from this client: retry after Retry-After")
			.addHeaderObject("Retry-After", new Header().description("seconds to wait").schema(new IntegerSchema())));
		problems.forEach((code, response) -> {
			if (!excluded.contains(Integer.valueOf(code))) {
				responses.putIfAbsent(code, response);
			}
		});
		operation.setResponses(responses);
		return operation;
	}

	private static boolean hasParameter(HandlerMethod handler,
			Class<? extends java.lang.annotation.Annotation> annotation) {
		return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(annotation));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

}
