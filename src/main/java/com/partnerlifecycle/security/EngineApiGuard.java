package com.partnerlifecycle.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.partnerlifecycle.config.Groups;

/**
 * Guards both doors of the engine API, {@code /engine-rest/*} and the web apps' copy
 * {@code /camunda/api/engine/*} (registered by {@link EngineApiDoors}), before anything parses a request:
 * <ul>
 * <li>a body over {@value #MAX_BODY_BYTES} bytes answers 413: by its Content-Length when it has one, otherwise
 * (chunked) by counting the stream while it is buffered, never reading more than the limit;</li>
 * <li>{@code POST .../task/{id}/complete} and {@code .../resolve} with a non-empty {@code variables} object answer
 * 403 to everyone outside {@code camunda-admin}: both would store any variable the caller sends, past the form's
 * contract ({@code resolve} even without a complete listener). Business users complete a task by submitting its form
 * ({@code submit-form}), which is what Tasklist does.</li>
 * <li>{@code POST .../signal} answers 403 to everyone outside {@code camunda-admin} ({@link #NO_SIGNALS}).</li>
 * <li>{@code DELETE .../task/{id}} answers 403 to everyone outside {@code camunda-admin} ({@link #NO_TASK_DELETE}),
 * whether the task exists or not: a task of a process ends when its form is submitted.</li>
 * <li>a GET without {@code maxResults} is bounded to the engine's result limit ({@link #bounded}), so that unpaged
 * lists answer instead of failing;</li>
 * <li>{@code firstResult} and {@code maxResults} out of their bounds answer 400 naming the parameter and the bounds
 * (the engine read a negative {@code maxResults} into SQL and failed with 500).</li>
 * </ul>
 * The caller at {@code /engine-rest} is the user Camunda's ProcessEngineAuthenticationFilter (order 10, before this
 * filter) authenticated; at the web apps' door, the user of the web-app session (its groups as cached by the web apps'
 * login, refreshed every {@code camunda.bpm.webapp.auth.cache.time-to-live}). The body of an inspected or chunked
 * request is passed on buffered, so the engine API reads it again.
 */
class EngineApiGuard extends OncePerRequestFilter {

	static final int MAX_BODY_BYTES = BufferedBody.MAX_BODY_BYTES;

	static final String COMPLETE_BY_FORM = "business users complete a task by submitting its form (submit-form)";

	/** Inside a door: optionally /engine/{name}, then /task/{id}/complete or /resolve (Jersey ignores extra slashes). */
	private static final Pattern TASK_COMPLETION = Pattern
		.compile("^/+(?:engine/+([^/]+)/+)?task/+[^/]+/+(?:complete|resolve)/*$");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Bounded parsing: the body is at most 256 KB already; no deep nesting, no huge numbers. */
	private static final JsonFactory PARSER = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(64)
			.maxNumberLength(100)
			.maxStringLength(MAX_BODY_BYTES)
			.build())
		.build();

	private final IdentityService identityService;

	private final String webappEngineApi;

	private final long maxResults;

	/**
	 * @param webappEngineApi the web apps' engine API as a servlet path, e.g. {@code /camunda/api/engine}
	 * @param maxResults the engine's {@code queryMaxResultsLimit}
	 */
	EngineApiGuard(IdentityService identityService, String webappEngineApi, long maxResults) {
		this.identityService = identityService;
		this.webappEngineApi = webappEngineApi;
		this.maxResults = maxResults;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > MAX_BODY_BYTES) {
			tooLarge(response);
			return;
		}
		Matcher taskCompletion = TASK_COMPLETION.matcher(pathInDoor(request));
		boolean inspect = "POST".equals(request.getMethod()) && taskCompletion.matches();
		HttpServletRequest passOn = request;
		byte[] body = null;
		if (inspect || declared < 0) {
			body = BufferedBody.readAtMost(request.getInputStream(), MAX_BODY_BYTES);
			if (body == null) {
				tooLarge(response);
				return;
			}
			passOn = new BufferedBody(request, body);
		}
		if (refusedSignal(request, response) || refusedTaskDelete(request, response)
				|| refusedPaging(request, response)) {
			return;
		}
		if (inspect && !isAdmin(request)) {
			switch (completion(request, body)) {
				case WITH_VARIABLES -> {
					refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", COMPLETE_BY_FORM);
					return;
				}
				case UNREADABLE -> {
					refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
							"the body of a task completion must be one JSON object, sent without Content-Encoding");
					return;
				}
				case WITHOUT_VARIABLES -> {
					// passes
				}
			}
		}
		chain.doFilter(bounded(passOn), response);
	}

	/**
	 * A GET without {@code maxResults} gets {@code maxResults} = the engine's {@code queryMaxResultsLimit}: an unpaged
	 * list (Cockpit asks for a definition's versions so) would answer 400 "An unbound number of results is
	 * forbidden!"; bounded, it answers the first results up to the limit. Resources that page nothing ignore it.
	 */
	private HttpServletRequest bounded(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || pathInDoor(request).endsWith("/count")) {
			return request;
		}
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				if ("maxResults".equals(decoded(equals < 0 ? pair : pair.substring(0, equals)))) {
					return request;
				}
			}
		}
		String withLimit = (query == null || query.isEmpty() ? "" : query + "&") + "maxResults=" + maxResults;
		return new jakarta.servlet.http.HttpServletRequestWrapper(request) {

			@Override
			public String getQueryString() {
				return withLimit;
			}

			@Override
			public String getParameter(String name) {
				return "maxResults".equals(name) ? Long.toString(maxResults) : super.getParameter(name);
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				Map<String, String[]> parameters = new java.util.LinkedHashMap<>(super.getParameterMap());
				parameters.put("maxResults", new String[] { Long.toString(maxResults) });
				return java.util.Collections.unmodifiableMap(parameters);
			}

			@Override
			public java.util.Enumeration<String> getParameterNames() {
				return java.util.Collections.enumeration(getParameterMap().keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				return getParameterMap().get(name);
			}

		};
	}

	static final String NO_SIGNALS = "signals are for camunda-admin: the product sends none";

	/** Inside a door: optionally /engine/{name}, then /signal. */
	private static final Pattern SIGNAL = Pattern.compile("^/+(?:engine/+([^/]+)/+)?signal/*$");

	/**
	 * {@code POST .../signal} answers 403 to everyone outside {@code camunda-admin}: a signal reaches every instance
	 * waiting for it (and starts those with a signal start event), and the product uses none.
	 */
	private boolean refusedSignal(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Matcher signal = SIGNAL.matcher(pathInDoor(request));
		if (!"POST".equals(request.getMethod()) || !signal.matches() || isAdmin(request)) {
			return false;
		}
		refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", NO_SIGNALS);
		return true;
	}

	static final String NO_TASK_DELETE = "a task ends when its form is submitted: deleting tasks is for camunda-admin";

	/** Inside a door: optionally /engine/{name}, then /task/{id}. */
	private static final Pattern TASK = Pattern.compile("^/+(?:engine/+([^/]+)/+)?task/+[^/]+/*$");

	private boolean refusedTaskDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!"DELETE".equals(request.getMethod()) || !TASK.matcher(pathInDoor(request)).matches() || isAdmin(request)) {
			return false;
		}
		refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", NO_TASK_DELETE);
		return true;
	}

	/**
	 * The paging parameters of every engine query (GET and POST), each a whole number from 0: {@code firstResult} up
	 * to {@link Integer#MAX_VALUE}, {@code maxResults} up to the engine's {@code queryMaxResultsLimit} (above it the
	 * engine answered "An unbound number of results is forbidden!"). Reads the query string only: a form body is the
	 * engine's to read.
	 */
	private boolean refusedPaging(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String query = request.getQueryString();
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
			long max = switch (name) {
				case "firstResult" -> Integer.MAX_VALUE;
				case "maxResults" -> maxResults;
				default -> -1;
			};
			if (max < 0) {
				continue;
			}
			String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
			if (!isCount(value, max)) {
				refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
						name + ": must be a whole number from 0 to " + max + ", was '"
								+ (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
				return true;
			}
		}
		return false;
	}

	private static String decoded(String part) {
		try {
			return java.net.URLDecoder.decode(part, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return part;
		}
	}

	private static boolean isCount(String value, long max) {
		if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		return Long.parseLong(value) <= max;
	}

	/** The path inside the door, decoded and without path parameters (as the container matched it). */
	private static String pathInDoor(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return pathInfo == null ? "" : pathInfo;
	}

	enum Completion {
		WITHOUT_VARIABLES, WITH_VARIABLES, UNREADABLE
	}

	/** What this completion's body carries, as far as the engine would read it. */
	private static Completion completion(HttpServletRequest request, byte[] body) {
		String encoding = request.getHeader("Content-Encoding");
		if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
			return Completion.UNREADABLE;
		}
		try {
			return carriesVariables(body) ? Completion.WITH_VARIABLES : Completion.WITHOUT_VARIABLES;
		}
		catch (IOException | RuntimeException notJson) {
			return Completion.UNREADABLE;
		}
	}

	/**
	 * True if the body is a JSON object with a field {@code variables} (in any case: stricter than the engine's
	 * reader) holding a non-empty object. Reads tokens only, never the values into a tree; a body that is not one
	 * JSON object fails (IOException).
	 */
	static boolean carriesVariables(byte[] body) throws IOException {
		if (new String(body, StandardCharsets.UTF_8).isBlank()) {
			return false; // an empty completion (the engine reads it as {})
		}
		try (JsonParser parser = PARSER.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new JsonParseException(parser, "not a JSON object");
			}
			boolean variables = false;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				if (parser.nextToken() == JsonToken.START_OBJECT && "variables".equalsIgnoreCase(name)) {
					while (parser.nextToken() == JsonToken.FIELD_NAME) { // Jackson fails on an unfinished object
						variables = true;
						parser.nextToken();
						parser.skipChildren();
					}
				}
				else {
					parser.skipChildren();
				}
			}
			return variables;
		}
	}

	/** The caller as the door knows it ({@link EngineCaller}); the engine it names is read from the path there too. */
	private boolean isAdmin(HttpServletRequest request) {
		return EngineCaller.of(request, identityService, webappEngineApi).groups().contains(Groups.CAMUNDA_ADMIN);
	}

	private static void tooLarge(HttpServletResponse response) throws IOException {
		refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge",
				"the request body is over " + MAX_BODY_BYTES / 1024 + " KB");
	}

	private static void refuse(HttpServletResponse response, int status, String type, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(Map.of("type", type, "message", message)));
	}

}
