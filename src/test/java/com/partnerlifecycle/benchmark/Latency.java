package com.partnerlifecycle.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.partner.Stage;

/**
 * Issue 8.4: response times of a node at scale, one request at a time, as the sourcing
 * manager sofia (HTTP Basic, as every API call is): a page of the portfolio by stage, one
 * partner's record, and the Tasklist query for the sourcing managers' open tasks through
 * the engine REST API (what Tasklist's "Sourcing tasks" filter asks: the group's tasks,
 * assigned ones included, by due date, the first page of 15).
 */
final class Latency {

	static final String SEARCH = "GET /api/partners?stage=…";

	static final String GET = "GET /api/partners/{id}";

	static final String TASKS = "Tasklist query (engine REST)";

	static final List<String> ENDPOINTS = List.of(SEARCH, GET, TASKS);

	static final String DASHBOARD = "Open the Partnerships dashboard in Cockpit";

	static final String PARTNER_VIEW = "Open a partner's view in Cockpit";

	static final String PORTFOLIO = "GET /api/portfolio";

	static final String ACTION_ITEMS = "GET /api/action-items?mine=true";

	/** Issue 25.1's targets for the pages people open (the two API reads have none). */
	static final Map<String, String> TARGETS = Map.of(DASHBOARD, "≤ 150 ms", PARTNER_VIEW, "≤ 150 ms");

	static final String TASKLIST_QUERY = "{\"candidateGroup\":\"sourcing-managers\",\"includeAssignedTasks\":true,"
			+ "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final List<String> partnerIds;

	private final Random random = new Random(8);

	private final String authorization = TestUsers.basic("sofia", "demo");

	private final UserActions pages;

	Latency(int port, List<String> partnerIds) {
		this.port = port;
		this.partnerIds = partnerIds;
		this.pages = new UserActions(port);
	}

	/**
	 * n of each page as sofia opens it (the calls the browser makes, replayed) and of the
	 * two API reads behind the portfolio and her action items; the samples in ms by page.
	 */
	Map<String, Stats> pages(int n) throws Exception {
		Map<String, Stats> samples = new LinkedHashMap<>();
		for (String page : List.of(DASHBOARD, PARTNER_VIEW, PORTFOLIO, ACTION_ITEMS)) {
			samples.put(page, new Stats());
		}
		for (int i = 0; i < n; i++) {
			Map<String, String> partner = Map.of("{partnerId}", partnerIds.get(random.nextInt(partnerIds.size())),
					"{userId}", "sofia");
			samples.get(DASHBOARD).add(pages.replay(UserActions.DASHBOARD, "sofia", partner));
			samples.get(PARTNER_VIEW).add(pages.replay(UserActions.PARTNER_VIEW, "sofia", partner));
			samples.get(PORTFOLIO).add(time(get("/api/portfolio")));
			samples.get(ACTION_ITEMS).add(time(get("/api/action-items?mine=true")));
		}
		return samples;
	}

	/**
	 * One round: n requests of each kind, interleaved; returns the latencies in ms per
	 * endpoint, in ENDPOINTS order.
	 */
	Stats[] round(int n) throws Exception {
		Stats[] stats = { new Stats(), new Stats(), new Stats() };
		Stage[] stages = Stage.values();
		for (int i = 0; i < n; i++) {
			stats[0].add(time(get("/api/partners?stage=" + stages[random.nextInt(stages.length)] + "&page="
					+ random.nextInt(5) + "&size=20")));
			stats[1].add(time(get("/api/partners/" + partnerIds.get(random.nextInt(partnerIds.size())))));
			stats[2].add(time(HttpRequest.newBuilder(uri("/engine-rest/task?firstResult=0&maxResults=15"))
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(TASKLIST_QUERY))
				.build()));
		}
		return stats;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private double time(HttpRequest request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		double ms = (System.nanoTime() - start) / 1e6;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					request.uri() + " answered " + response.statusCode() + ": " + new String(response.body()));
		}
		return ms;
	}

}
