package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.config.AccessRules;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerRepository;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.summit.SummitProcess;
import com.partnerlifecycle.web.EngineDoors.Caller;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * "Every role exactly its rights, at every door": a partner's group is its own, business
 * users start no process through an engine door, signals are for admins, and every
 * {@code /engine-rest} path needs credentials.
 */
@WebAppTest
class RightsAtEveryDoorTest extends DoorTest {

	static final List<String> PROCESS_KEYS = List.of(LifecycleProcess.KEY, ReviewProcess.KEY, DissolutionProcess.KEY,
			SummitProcess.KEY, SummitProcess.PROPOSALS_KEY);

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	FilterService filterService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	AccessRules accessRules;

	@Autowired
	PartnerRepository partners;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	final ObjectMapper json = new ObjectMapper();

	HttpResponse<String> api(String method, String path, String user, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", TestUsers.basic(user));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> register(String name) throws Exception {
		return api("POST", "/api/partners", "sofia", "{\"name\":\"" + name + "\"}");
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	long instancesOf(String key) {
		return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
	}

	void assertConflictOnName(HttpResponse<String> response, String detail) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("name");
		assertThat(problem.at("/detail").asText()).contains(detail);
	}

	// 1. a partner's group is its own

	@Test
	void shouldRefuseARegistrationWhoseGroupWouldBeARole() throws Exception {
		long lifecycles = instancesOf(LifecycleProcess.KEY);
		long partnerCount = partners.count();
		long groups = identityService.createGroupQuery().count();

		HttpResponse<String> refused = register("Representatives");

		assertConflictOnName(refused, "would get the group 'partner-representatives', which already exists");
		assertThat(partners.existsById("representatives")).isFalse();
		assertThat(partners.count()).isEqualTo(partnerCount);
		assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
		assertThat(instancesOf(LifecycleProcess.KEY)).isEqualTo(lifecycles);
	}

	@Test
	void shouldRefuseARegistrationWhoseGroupAlreadyExists() throws Exception {
		String name = unique("Taken");
		String groupId = "partner-" + name.toLowerCase().replace(' ', '-');
		identityService.saveGroup(identityService.newGroup(groupId));
		long lifecycles = instancesOf(LifecycleProcess.KEY);
		long partnerCount = partners.count();

		HttpResponse<String> refused = register(name);

		assertConflictOnName(refused, "would get the group '" + groupId + "'");
		assertThat(partners.count()).isEqualTo(partnerCount);
		assertThat(instancesOf(LifecycleProcess.KEY)).isEqualTo(lifecycles);
		assertThat(identityService.createGroupQuery().groupId(groupId).singleResult().getType()).isNull();
	}

	/**
	 * A partner registered before the check with a role as its group (simulated: its
	 * stored group, its filter and a task of its lifecycle put on
	 * partner-representatives): the start-up repair gives it a group of its own, and the
	 * role's members no longer see its task or its record, at either door.
	 */
	@Test
	void shouldRepairAPartnerWhoseGroupIsARoleAtStartUp() throws Exception {
		String role = Groups.PARTNER_REPRESENTATIVES;
		String name = unique("Collided");
		String partnerId = json.readTree(register(name).body()).get("id").asText();
		jdbc.update("update partner set group_id = ? where id = ?", role, partnerId);
		Filter filter = filterService.createFilterQuery().filterName(name + " — partner tasks").singleResult();
		filterService
			.saveFilter(filter.setQuery(taskService.createTaskQuery().taskCandidateGroup(role).includeAssignedTasks()));
		accessRules.grantFilterRead(role, filter);
		Task task = driver.openTask(partnerId, LifecycleProcess.PLAN_PILOTS);
		taskService.addCandidateGroup(task.getId(), role);
		accessRules.grantTaskWork(role, task.getId());
		String tasksOfPartner = "/task?processInstanceBusinessKey=" + partnerId + "&maxResults=10";
		assertThat(json.readTree(doors.as("paula", Door.ENGINE_REST).get(tasksOfPartner).body())).hasSize(1);
		assertThat(api("GET", "/api/partners/" + partnerId, "paula", null).statusCode()).isEqualTo(200);

		ApplicationRunner repair = context.getBean("partnerGroupRepair", ApplicationRunner.class);
		repair.run(new DefaultApplicationArguments());
		repair.run(new DefaultApplicationArguments()); // idempotent

		String own = "partner-" + partnerId + "-2";
		assertThat(partners.findById(partnerId).orElseThrow().getGroupId()).isEqualTo(own);
		assertThat(identityService.createGroupQuery().groupId(own).count()).isEqualTo(1);
		assertThat(identityService.createGroupQuery().groupId("partner-" + partnerId + "-3").count()).isZero();
		assertThat(((TaskQueryImpl) filterService.getFilter(filter.getId()).getQuery()).getCandidateGroup())
			.isEqualTo(own);
		assertThat(authorizationService.createAuthorizationQuery()
			.groupIdIn(role)
			.resourceType(Resources.FILTER)
			.resourceId(filter.getId())
			.count()).isZero();
		assertThat(authorizationService.createAuthorizationQuery()
			.groupIdIn(own)
			.resourceType(Resources.FILTER)
			.resourceId(filter.getId())
			.count()).isEqualTo(1);
		assertThat(taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId))
			.contains(own, Groups.SOURCING_MANAGERS)
			.doesNotContain(role);
		assertThat(authorizationService.createAuthorizationQuery()
			.groupIdIn(role)
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.count()).isZero();
		for (Door door : Door.values()) {
			HttpResponse<String> seen = doors.as("paula", door).get(tasksOfPartner);
			assertThat(seen.statusCode()).as(door + ": " + seen.body()).isEqualTo(200);
			assertThat(json.readTree(seen.body())).as(door.name()).isEmpty();
		}
		assertThat(api("GET", "/api/partners/" + partnerId, "paula", null).statusCode()).isEqualTo(403);
		// the partner's own representatives, once an admin adds them, see its work again
		String rep = "rep-" + partnerId;
		org.camunda.bpm.engine.identity.User user = identityService.newUser(rep);
		user.setPassword("demo");
		identityService.saveUser(user);
		identityService.createMembership(rep, own);
		identityService.createMembership(rep, role);
		assertThat(json.readTree(doors.as(rep, Door.ENGINE_REST).get(tasksOfPartner).body())).hasSize(1);
		assertThat(api("GET", "/api/partners/" + partnerId, rep, null).statusCode()).isEqualTo(200);
	}

	// 2. business users start no process through an engine door

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseEveryProcessStartToABusinessUser(Door door) {
		Caller sofia = doors.as("sofia", door);
		for (String key : PROCESS_KEYS) {
			long before = instancesOf(key);

			HttpResponse<String> started = sofia.post("/process-definition/key/" + key + "/start", "{}");
			HttpResponse<String> submitted = sofia.post("/process-definition/key/" + key + "/submit-form",
					"{\"variables\":{}}");

			assertThat(started.statusCode()).as(key + ": " + started.body()).isEqualTo(403);
			assertThat(submitted.statusCode()).as(key + ": " + submitted.body()).isEqualTo(403);
			assertThat(instancesOf(key)).as(key).isEqualTo(before);
		}
		long summits = instancesOf(SummitProcess.KEY);
		HttpResponse<String> byMessage = doors.as("erik", door)
			.post("/message", "{\"messageName\":\"" + SummitProcess.REQUESTED + "\"}");
		assertThat(byMessage.statusCode()).as(byMessage.body()).isEqualTo(403);
		assertThat(instancesOf(SummitProcess.KEY)).isEqualTo(summits);
		// Tasklist's "Start process" lists what the user may start: nothing
		HttpResponse<String> startable = sofia.get(
				"/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true&maxResults=50");
		assertThat(startable.statusCode()).isEqualTo(200);
		assertThat(startable.body()).isEqualTo("[]");
	}

	@Test
	void shouldStillRegisterAPartnerAndStartItsLifecycleAsTheSystem() throws Exception {
		long before = instancesOf(LifecycleProcess.KEY);

		HttpResponse<String> created = register(unique("Still Works"));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode partner = json.readTree(created.body());
		assertThat(instancesOf(LifecycleProcess.KEY)).isEqualTo(before + 1);
		assertThat(runtimeService.createProcessInstanceQuery()
			.processInstanceId(partner.get("processInstanceId").asText())
			.singleResult()
			.getBusinessKey()).isEqualTo(partner.get("id").asText());
	}

	@Test
	void shouldRefuseASecondLifecycleForABusinessKey() throws Exception {
		String name = unique("Orphan");
		String id = name.toLowerCase().replace(' ', '-');
		// started by hand before the rule, for a partner that was never registered (its
		// listeners would look for it)
		runtimeService.createProcessInstanceByKey(LifecycleProcess.KEY)
			.businessKey(id)
			.startBeforeActivity(LifecycleProcess.PLAN_PILOTS)
			.execute(true, true);
		long partnerCount = partners.count();
		long lifecycles = instancesOf(LifecycleProcess.KEY);

		HttpResponse<String> refused = register(name);

		assertConflictOnName(refused, "would get the id '" + id + "', which already has a lifecycle");
		assertThat(partners.count()).isEqualTo(partnerCount);
		assertThat(instancesOf(LifecycleProcess.KEY)).isEqualTo(lifecycles);
		assertThat(identityService.createGroupQuery().groupId("partner-" + id).count()).isZero();
	}

	// 3. signals and the engine list

	@ParameterizedTest
	@EnumSource(Door.class)
	void shouldRefuseSignalsOutsideCamundaAdmin(Door door) {
		long instances = historyService.createHistoricProcessInstanceQuery().count();
		for (String path : List.of("/signal", "//signal/")) {
			HttpResponse<String> refused = doors.as("sofia", door).post(path, "{\"name\":\"anything\"}");
			assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
			assertThat(refused.body()).contains("signals are for camunda-admin");
		}
		assertThat(doors.as("paula", door).post("/signal", "{\"name\":\"anything\"}").statusCode()).isEqualTo(403);
		assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);

		HttpResponse<String> byAdmin = doors.as("admin", door).post("/signal", "{\"name\":\"nobody-waits-for-this\"}");
		assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
	}

	@Test
	void shouldRefuseSignalsAtTheNamedEnginePath() {
		HttpResponse<String> refused = doors.as("sofia", Door.ENGINE_REST)
			.post("/engine/default/signal", "{\"name\":\"anything\"}");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("signals are for camunda-admin");
	}

	@Test
	void shouldAskCredentialsForEveryEngineRestPath() {
		for (String path : List.of("/engine", "/engine/", "/engine/default/process-definition?maxResults=1")) {
			HttpResponse<String> anonymous = doors.anonymous(Door.ENGINE_REST).get(path);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
		}
		HttpResponse<String> engines = doors.as("rita", Door.ENGINE_REST).get("/engine");
		assertThat(engines.statusCode()).isEqualTo(200);
		assertThat(engines.body()).contains("\"name\":\"default\"");
	}

}
