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

import com.partnerlifecycle.common.Groups;

/**
 * Guards both doors of the engine API, {@code /engine-rest/*} and the web apps' copy
 * {@code /camunda/api/engine/*} (registered by {@link EngineApiDoors}), before anything
 * parses a request:
 * <ul>
 * <li>a body over {@value #MAX_BODY_BYTES} bytes answers 413: by its Content-Length when
 * it has one, otherwise (chunked) by counting the stream while it is buffered, never
 * reading more than the limit;</li>
 * <li>the body of {@code POST .../task/{id}/complete}, {@code .../resolve} and
 * {@code .../submit-form} is read strictly first ({@link Submission}): not one JSON
 * object, a key twice, variables that are no objects, too deep: 400 with the reason;</li>
 * <li>{@code POST .../task/{id}/complete} and {@code .../resolve} with a non-empty
 * {@code variables} object answer 403 to everyone outside {@code camunda-admin}: both
 * would store any variable the caller sends, past the form's contract ({@code resolve}
 * even without a complete listener). Business users complete a task by submitting its
 * form ({@code submit-form}), which is what Tasklist does.</li>
 * <li>{@code POST .../signal} answers 403 to everyone outside {@code camunda-admin}
 * ({@link #NO_SIGNALS}).</li>
 * <li>{@code DELETE .../task/{id}} answers 403 to everyone outside {@code camunda-admin}
 * ({@link #NO_TASK_DELETE}), whether the task exists or not: a task of a process ends
 * when its form is submitted.</li>
 * <li>a GET without {@code maxResults} is bounded to the engine's result limit
 * ({@link #bounded}), so that unpaged lists answer instead of failing;</li>
 * <li>{@code firstResult} and {@code maxResults} out of their bounds answer 400 naming
 * the parameter and the bounds (the engine read a negative {@code maxResults} into SQL
 * and failed with 500).</li>
 * </ul>
 * The caller at {@code /engine-rest} is the user Camunda's
 * ProcessEngineAuthenticationFilter (order 10, before this filter) authenticated; at the
 * web apps' door, the user of the web-app session (its groups as cached by the web apps'
 * login, refreshed every {@code camunda.bpm.webapp.auth.cache.time-to-live}). The body of
 * an inspected or chunked request is passed on buffered, so the engine API reads it
 * again.
 */
class EngineApiGuard extends OncePerRequestFilter {

	static final int MAX_BODY_BYTES = BufferedBody.MAX_BODY_BYTES;

	static final String COMPLETE_BY_FORM = "business users complete a task by submitting its form (submit-form)";

	/**
	 * Inside a door: optionally /engine/{name}, then /task/{id}/complete, /resolve or
	 * /submit-form (Jersey ignores extra slashes). Group 2: which.
	 */
	private static final Pattern TASK_COMPLETION = Pattern
		.compile("^/+(?:engine/+([^/]+)/+)?task/+[^/]+/+(complete|resolve|submit-form)/*$");

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * Bounded, strict parsing: the body is at most 256 KB already; no deep nesting, no
	 * huge numbers, no key twice in an object.
	 */
	private static final JsonFactory STRICT = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(64)
			.maxNumberLength(100)
			.maxStringLength(MAX_BODY_BYTES)
			.build())
		.enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final IdentityService identityService;

	private final String webappEngineApi;

	private final long maxResults;

	/**
	 * @param webappEngineApi the web apps' engine API as a servlet path, e.g.
	 * {@code /camunda/api/engine}
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
		if (inspect) {
			String encoding = request.getHeader("Content-Encoding");
			if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
				refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
						"the body of a task completion must be one JSON object, sent without Content-Encoding");
				return;
			}
			String type = request.getContentType();
			if (type != null && !type.isBlank() && !isJson(type)) {
				refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "NotSupportedException",
						"the body of a task completion must be application/json, was " + type.strip());
				return;
			}
			Submission submission = Submission.read(body);
			if (submission.problem() != null) {
				refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", submission.problem());
				return;
			}
			boolean plainCompletion = !"submit-form".equals(taskCompletion.group(2));
			if (plainCompletion && submission.variables() && !isAdmin(request)) {
				refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", COMPLETE_BY_FORM);
				return;
			}
			if (submission.empty()) { // the engine's readers differ by door: at the web
										// apps' an empty body failed (500)
				passOn = new BufferedBody(request, "{}".getBytes(StandardCharsets.UTF_8));
			}
		}
		chain.doFilter(bounded(passOn), response);
	}

	/**
	 * A GET without {@code maxResults} gets {@code maxResults} = the engine's
	 * {@code queryMaxResultsLimit}: an unpaged list (Cockpit asks for a definition's
	 * versions so) would answer 400 "An unbound number of results is forbidden!";
	 * bounded, it answers the first results up to the limit. Resources that page nothing
	 * ignore it.
	 */
	private HttpServletRequest bounded(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || pathInDoor(request).endsWith("/count")) {
			return request;
		}
		if (queryParameters(request).stream().anyMatch(parameter -> "maxResults".equals(parameter.getKey()))) {
			return request;
		}
		String query = request.getQueryString();
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
	 * {@code POST .../signal} answers 403 to everyone outside {@code camunda-admin}: a
	 * signal reaches every instance waiting for it (and starts those with a signal start
	 * event), and the product uses none.
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
	 * The paging parameters of every engine query (GET and POST), each a whole number
	 * from 0: {@code firstResult} up to {@link Integer#MAX_VALUE}, {@code maxResults} up
	 * to the engine's {@code queryMaxResultsLimit} (above it the engine answered "An
	 * unbound number of results is forbidden!"). Reads the query string only: a form body
	 * is the engine's to read.
	 */
	private boolean refusedPaging(HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (Map.Entry<String, String> parameter : queryParameters(request)) {
			String name = parameter.getKey();
			long max = switch (name) {
				case "firstResult" -> Integer.MAX_VALUE;
				case "maxResults" -> maxResults;
				default -> -1;
			};
			if (max < 0) {
				continue;
			}
			String value = parameter.getValue();
			if (!isCount(value, max)) {
				refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
						name + ": must be a whole number from 0 to " + max + ", was '"
								+ (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
				return true;
			}
		}
		return false;
	}

	/**
	 * The query string's parameters, decoded, in order; never the body's (a form body is
	 * the engine's to read).
	 */
	private static java.util.List<Map.Entry<String, String>> queryParameters(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(query.split("&")).map(pair -> {
			int equals = pair.indexOf('=');
			return Map.entry(decoded(equals < 0 ? pair : pair.substring(0, equals)),
					equals < 0 ? "" : decoded(pair.substring(equals + 1)));
		}).toList();
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

	/**
	 * The path inside the door, decoded and without path parameters (as the container
	 * matched it).
	 */
	private static String pathInDoor(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return pathInfo == null ? "" : pathInfo;
	}

	/**
	 * What a completion's body ({@code complete}, {@code resolve}, {@code submit-form})
	 * carries, read strictly before the engine reads it leniently: one JSON object, no
	 * key twice (the engine's reader kept the last of two, past a check of the first),
	 * {@code variables} an object of {@code {"value": …, "type": …}} objects, nesting at
	 * most 64 deep. Tokens only, never values into a tree.
	 *
	 * @param problem why the body is refused (400), or null
	 * @param variables it carries at least one variable
	 * @param empty no body at all (the engine reads it as {@code {}})
	 */
	record Submission(String problem, boolean variables, boolean empty) {

		static final String ONE_OBJECT = "the body must be one JSON object, e.g. {\"variables\": {\"field\": {\"value\": …, \"type\": \"String\"}}}";

		static Submission read(byte[] body) {
			if (new String(body, StandardCharsets.UTF_8).isBlank()) {
				return new Submission(null, false, true);
			}
			try (JsonParser parser = STRICT.createParser(body)) {
				if (parser.nextToken() != JsonToken.START_OBJECT) {
					return refused(ONE_OBJECT);
				}
				boolean variables = false;
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					JsonToken value = parser.nextToken();
					if (!"variables".equalsIgnoreCase(name) || value == JsonToken.VALUE_NULL) {
						parser.skipChildren();
						continue;
					}
					if (value != JsonToken.START_OBJECT) {
						return refused("variables: must be an object of variables, each {\"value\": …, \"type\": …}");
					}
					while (parser.nextToken() == JsonToken.FIELD_NAME) {
						String variable = parser.currentName();
						if (parser.nextToken() != JsonToken.START_OBJECT) {
							return refused(variable + ": must be {\"value\": …, \"type\": …}, not a bare value");
						}
						variables = true;
						parser.skipChildren();
					}
				}
				if (parser.nextToken() != null) {
					return refused(ONE_OBJECT + ", with nothing after it");
				}
				return new Submission(null, variables, false);
			}
			catch (com.fasterxml.jackson.core.exc.StreamConstraintsException tooDeep) {
				return refused("the body nests deeper than 64 levels or holds a number longer than 100 digits");
			}
			catch (JsonParseException malformed) {
				String reason = malformed.getOriginalMessage();
				return refused(reason.startsWith("Duplicate field")
						? reason.replace("Duplicate field", "duplicate key") + ": each key once"
						: "the body must be one JSON object: " + firstLine(reason));
			}
			catch (IOException | RuntimeException unreadable) {
				return refused(ONE_OBJECT);
			}
		}

		private static Submission refused(String problem) {
			return new Submission(problem, false, false);
		}

		private static String firstLine(String text) {
			int newline = text.indexOf('\n');
			return newline < 0 ? text : text.substring(0, newline);
		}

	}

	private static boolean isJson(String contentType) {
		String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
		return mediaType.equals("application/json") || mediaType.endsWith("+json");
	}

	/**
	 * The caller as the door knows it ({@link EngineCaller}); the engine it names is read
	 * from the path there too.
	 */
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
