package com.partnerlifecycle.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.demo.DemoIdentity;

/**
 * Calls the engine API as a user through one of its two doors, the way each door's
 * clients do: {@code /engine-rest} with HTTP Basic, the web apps' copy
 * {@code /camunda/api/engine/engine/default} with the session of a Tasklist login and its
 * XSRF token. Paths are relative to the engine's root ({@code /task/{id}/claim}), so one
 * test runs through both doors ({@code @EnumSource(Door.class)}). Web-app logins are made
 * once per user and kept.
 *
 * <pre>
 * EngineDoors doors = new EngineDoors(port);
 * doors.as("sofia", Door.WEBAPP).post("/task/" + id + "/claim", "{\"userId\":\"sofia\"}");
 * </pre>
 */
public final class EngineDoors {

	public enum Door {

		/** {@code /engine-rest}, HTTP Basic. */
		ENGINE_REST("/engine-rest"),

		/**
		 * The web apps' engine API, the session cookie of a Tasklist login plus
		 * {@code X-XSRF-TOKEN}.
		 */
		WEBAPP("/camunda/api/engine/engine/default");

		private final String root;

		Door(String root) {
			this.root = root;
		}

		public String root() {
			return root;
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();

	public EngineDoors(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * A demo user (password {@code demo}; {@code admin}'s is {@code admin} in the demo
	 * profile).
	 */
	public Caller as(String user, Door door) {
		return as(user, "admin".equals(user) ? "admin" : DemoIdentity.PASSWORD, door);
	}

	public Caller as(String user, String password, Door door) {
		return new Caller(user, password, door);
	}

	/** Nobody: no credentials, no session. */
	public Caller anonymous(Door door) {
		return new Caller(null, null, door);
	}

	/**
	 * Form values as Tasklist submits them ({@code {"variables": {...}}}): text as
	 * String, whole numbers as Long (as Tasklist sends them), lists and maps as Json.
	 */
	public static String variables(Map<String, ?> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, typed(value)));
		return json(Map.of("variables", variables));
	}

	private static Map<String, Object> typed(Object value) {
		Map<String, Object> typed = new LinkedHashMap<>();
		if (value instanceof List<?> || value instanceof Map<?, ?>) {
			typed.put("value", json(value));
			typed.put("type", "Json");
		}
		else if (value instanceof Integer || value instanceof Long) {
			typed.put("value", ((Number) value).longValue());
			typed.put("type", "Long");
		}
		else {
			typed.put("value", value);
			typed.put("type", value == null ? "Null" : value.getClass().getSimpleName());
		}
		return typed;
	}

	public static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	/** One user at one door. */
	public final class Caller {

		private final String user;

		private final String password;

		private final Door door;

		Caller(String user, String password, Door door) {
			this.user = user;
			this.password = password;
			this.door = door;
		}

		public Door door() {
			return door;
		}

		public HttpResponse<String> get(String path) {
			return send("GET", path, null, BodyPublishers.noBody());
		}

		public HttpResponse<String> post(String path, String json) {
			return send("POST", path, "application/json",
					json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		}

		public HttpResponse<String> put(String path, String json) {
			return send("PUT", path, "application/json", BodyPublishers.ofString(json));
		}

		public HttpResponse<String> delete(String path) {
			return send("DELETE", path, null, BodyPublishers.noBody());
		}

		/**
		 * A GET of another web-app path with the same session, e.g. a Cockpit plugin's
		 * resource under {@code /camunda/api}.
		 */
		public HttpResponse<String> getFromRoot(String absolutePath) {
			return sendFromRoot("GET", absolutePath, null, BodyPublishers.noBody());
		}

		/**
		 * Any call to a path of the server with this caller's credentials, e.g. a call
		 * the browser made (the benchmark replays them).
		 */
		public HttpResponse<String> sendFromRoot(String method, String absolutePath, String contentType,
				BodyPublisher body) {
			return send(HttpRequest.newBuilder(URI.create(base + absolutePath)).method(method, body), contentType);
		}

		/** Any call; {@code path} relative to the door's engine root. */
		public HttpResponse<String> send(String method, String path, String contentType, BodyPublisher body) {
			return send(HttpRequest.newBuilder(URI.create(base + door.root() + path)).method(method, body),
					contentType);
		}

		private HttpResponse<String> send(HttpRequest.Builder request, String contentType) {
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			request.header("Accept", "application/json");
			if (user == null) {
				return EngineDoors.this.send(request.build());
			}
			if (door == Door.ENGINE_REST) {
				return EngineDoors.this.send(request.header("Authorization", TestUsers.basic(user, password)).build());
			}
			WebSession session = sessions.computeIfAbsent(user, u -> login(u, password));
			HttpResponse<String> response = EngineDoors.this.send(session.sign(request).build());
			session.take(response);
			return response;
		}

	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(request.method() + " " + request.uri(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A Tasklist login as the login page does it: a first read gives a session and its
	 * XSRF token (the login is a modifying call, so it needs the token); the login
	 * rotates the session, whose first read gives the next token.
	 */
	private WebSession login(String user, String password) {
		WebSession session = new WebSession();
		session.fetchToken();
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<String> login = send(session
			.sign(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json"))
			.POST(BodyPublishers.ofString(form))
			.build());
		if (login.statusCode() != 200) {
			throw new IllegalStateException(
					"Tasklist login of " + user + " answered " + login.statusCode() + ": " + login.body());
		}
		session.cookies.remove(XSRF_COOKIE);
		session.take(login);
		if (session.token() == null) {
			session.fetchToken();
		}
		if (session.token() == null || !session.cookies.containsKey("JSESSIONID")) {
			throw new IllegalStateException(
					"Tasklist login of " + user + " gave no session or XSRF token: " + session.cookies.keySet());
		}
		return session;
	}

	private static final String XSRF_COOKIE = "XSRF-TOKEN";

	private final class WebSession {

		private final Map<String, String> cookies = new ConcurrentHashMap<>();

		String token() {
			return cookies.get(XSRF_COOKIE);
		}

		/**
		 * A read through the web apps' API: the CSRF filter hands out the session's
		 * token.
		 */
		void fetchToken() {
			HttpResponse<String> read = send(
					sign(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default"))).GET()
						.build());
			take(read);
			read.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> cookies.put(XSRF_COOKIE, token));
		}

		void take(HttpResponse<?> response) {
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
				}
			}
		}

		HttpRequest.Builder sign(HttpRequest.Builder request) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
			if (token() != null) {
				request.header("X-XSRF-TOKEN", token());
			}
			return request;
		}

	}

}
