package com.partnerlifecycle.contact;

import static com.partnerlifecycle.TestUsers.AUTHORIZATION;
import static com.partnerlifecycle.TestUsers.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.common.CurrentUser;
import com.partnerlifecycle.common.Groups;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * A partner's contacts through the product API, {@code /api/partners/{id}/contacts}:
 * listed to the buyer's people and the partner's own representatives, added, changed and
 * removed by sourcing managers only; bad input is refused naming the field (an address of
 * the buyer's, in its domains or of one of its users, too), a duplicate address is 409.
 * Each contact has a Camunda user {@code contact-<uuid>} of its own that no password lets
 * in, in no group, reading only itself: kept while only the name changes, replaced for a
 * new address, deleted with the contact or when the partnership ends.
 */
@LifecycleTest
class ContactApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext webContext;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectMapper json;

	@Autowired
	PartnerContacts contacts;

	@Autowired
	PartnerService partners;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.register();
	}

	// calling the API

	record Answer(int status, String body, JsonNode json, String location) {

		String field() {
			return json == null ? null : json.path("errors").path(0).path("field").asText(null);
		}
	}

	Answer call(String user, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.header(AUTHORIZATION, basic(user))).andReturn();
		String body = result.getResponse().getContentAsString();
		return new Answer(result.getResponse().getStatus(), body, body.isBlank() ? null : json.readTree(body),
				result.getResponse().getHeader("Location"));
	}

	/** A contact body; a null value is sent as JSON null. */
	String body(String name, String email, String role) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("email", email);
		body.put("role", role);
		return json.writeValueAsString(body);
	}

	Answer add(String partner, String body, String user) throws Exception {
		return call(user,
				post("/api/partners/{id}/contacts", partner).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	Answer change(String partner, String contactId, String body, String user) throws Exception {
		return call(user,
				put("/api/partners/{id}/contacts/{contactId}", partner, contactId)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

	Answer remove(String partner, String contactId, String user) throws Exception {
		return call(user, delete("/api/partners/{id}/contacts/{contactId}", partner, contactId));
	}

	Answer list(String partner, String user) throws Exception {
		return call(user, get("/api/partners/{id}/contacts", partner));
	}

	/** The contact sofia adds: it must answer 201; its id. */
	String added(String partner, String name, String email) throws Exception {
		Answer answer = add(partner, body(name, email, "Account manager"), "sofia");
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().path("id").asText();
	}

	/** The addresses the list answers to sofia, in its order: it must answer 200. */
	List<String> emails(String partner) throws Exception {
		Answer answer = list(partner, "sofia");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> emails = new ArrayList<>();
		answer.json().forEach(c -> emails.add(c.path("email").asText()));
		return emails;
	}

	/** The contact's current Camunda user. */
	String userOf(String contactId) {
		return contacts.find(contactId).orElseThrow().getUserId();
	}

	boolean userExists(String userId) {
		return identityService.createUserQuery().userId(userId).count() == 1;
	}

	static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.field()).as(answer.body()).isEqualTo(field);
		assertThat(answer.json().path("errors").path(0).path("message").asText()).as(answer.body()).isNotBlank();
	}

	static String unique(String local) {
		return local + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	// the cases

	@Test
	void shouldAddAContactAndListItToTheBuyersPeopleAndThePartnersOwnRepresentativesOnly() throws Exception {
		Answer created = add(partnerId, body("Dana Reyes", "Dana.Reyes@Tailspin.example", "Account manager"), "sofia");

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode contact = created.json();
		String id = contact.path("id").asText();
		assertThat(id).isNotBlank();
		assertThat(created.location()).isEqualTo("/api/partners/" + partnerId + "/contacts/" + id);
		Answer located = call("sofia", get(created.location()));
		assertThat(located.status()).as(located.body()).isEqualTo(200);
		assertThat(located.json().path("id").asText()).isEqualTo(id);
		Answer record = call("sofia", get("/api/partners/{id}", partnerId));
		assertThat(record.json().path("contacts").get(0).path("id").asText()).as(record.body()).isEqualTo(id);
		assertThat(record.json().path("contacts").get(0).path("addedBy").asText()).isEqualTo("sofia");
		assertThat(contact.path("name").asText()).isEqualTo("Dana Reyes");
		assertThat(contact.path("email").asText()).as("stored in lower case").isEqualTo("dana.reyes@tailspin.example");
		assertThat(contact.path("role").asText()).isEqualTo("Account manager");
		assertThat(contact.path("addedBy").asText()).isEqualTo("sofia");
		assertThat(contact.path("addedAt").isTextual()).as(created.body()).isTrue();
		assertThat(userOf(id)).startsWith(ContactUsers.PREFIX).doesNotContain("tailspin");

		String representative = lifecycles.representative(partnerId);
		for (String user : List.of("sofia", "erik", "rita", representative)) {
			Answer listed = list(partnerId, user);
			assertThat(listed.status()).as("%s: %s", user, listed.body()).isEqualTo(200);
			assertThat(listed.json().size()).as("%s: %s", user, listed.body()).isEqualTo(1);
			assertThat(listed.json().get(0).path("id").asText()).as(user).isEqualTo(id);
			assertThat(listed.json().get(0).path("email").asText()).as(user).isEqualTo("dana.reyes@tailspin.example");
			assertThat(listed.json().get(0).path("addedBy").asText()).as(user).isEqualTo("sofia");
		}

		String stranger = lifecycles.representative(lifecycles.register());
		Answer refused = list(partnerId, stranger);
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("dana.reyes", "Dana Reyes");
	}

	@Test
	void shouldAnswer401WithoutCredentials() throws Exception {
		MockMvc anonymous = MockMvcBuilders.webAppContextSetup(webContext)
			.addFilters(context.getBean("apiAuthenticationFilter", Filter.class))
			.build();
		added(partnerId, "Dana Reyes", "dana@tailspin.example");

		MvcResult answer = anonymous.perform(get("/api/partners/{id}/contacts", partnerId)).andReturn();
		assertThat(answer.getResponse().getStatus()).isEqualTo(401);
		assertThat(answer.getResponse().getContentAsString()).doesNotContain("dana@tailspin.example");
		assertThat(anonymous
			.perform(post("/api/partners/{id}/contacts", partnerId).contentType(MediaType.APPLICATION_JSON)
				.content(body("Eve Anonymous", "eve@tailspin.example", null)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(emails(partnerId)).containsExactly("dana@tailspin.example");
	}

	@Test
	void shouldLetOnlySourcingManagersAddChangeOrRemoveAContact() throws Exception {
		String id = added(partnerId, "Dana Reyes", "dana@tailspin.example");
		String userId = userOf(id);

		for (String user : List.of("erik", "eva", "rita", lifecycles.representative(partnerId))) {
			Answer adding = add(partnerId, body("Eve Other", "eve@tailspin.example", null), user);
			assertThat(adding.status()).as("POST as %s: %s", user, adding.body()).isEqualTo(403);
			Answer changing = change(partnerId, id, body("Dana Changed", "changed@tailspin.example", null), user);
			assertThat(changing.status()).as("PUT as %s: %s", user, changing.body()).isEqualTo(403);
			Answer removing = remove(partnerId, id, user);
			assertThat(removing.status()).as("DELETE as %s: %s", user, removing.body()).isEqualTo(403);
		}

		Answer listed = list(partnerId, "sofia");
		assertThat(listed.json().size()).as(listed.body()).isEqualTo(1);
		assertThat(listed.json().get(0).path("name").asText()).isEqualTo("Dana Reyes");
		assertThat(listed.json().get(0).path("email").asText()).isEqualTo("dana@tailspin.example");
		assertThat(listed.json().get(0).has("changedBy")).as("never changed: %s", listed.body()).isFalse();
		assertThat(userOf(id)).as("the same user").isEqualTo(userId);
		assertThat(userExists(userId)).isTrue();
	}

	static Stream<Arguments> badBodies() {
		return Stream.of(Arguments.of("name left out", "{\"email\":\"dana@tailspin.example\"}", "name"),
				Arguments.of("name null", "{\"name\":null,\"email\":\"dana@tailspin.example\"}", "name"),
				Arguments.of("name blank", "{\"name\":\"   \",\"email\":\"dana@tailspin.example\"}", "name"),
				Arguments.of("name with a line break",
						"{\"name\":\"Dana\\nReyes\",\"email\":\"dana@tailspin.example\"}", "name"),
				Arguments.of("name with a carriage return",
						"{\"name\":\"Dana\\r\\nBcc: x@y.example\",\"email\":\"dana@tailspin.example\"}", "name"),
				Arguments.of("name too long",
						"{\"name\":\"" + "x".repeat(201) + "\",\"email\":\"dana@tailspin.example\"}", "name"),
				Arguments.of("email left out", "{\"name\":\"Dana Reyes\"}", "email"),
				Arguments.of("email blank", "{\"name\":\"Dana Reyes\",\"email\":\" \"}", "email"),
				Arguments.of("no @", "{\"name\":\"Dana Reyes\",\"email\":\"dana.tailspin.example\"}", "email"),
				Arguments.of("no domain", "{\"name\":\"Dana Reyes\",\"email\":\"dana@\"}", "email"),
				Arguments.of("no top-level domain", "{\"name\":\"Dana Reyes\",\"email\":\"dana@tailspin\"}", "email"),
				Arguments.of("two @", "{\"name\":\"Dana Reyes\",\"email\":\"dana@x@tailspin.example\"}", "email"),
				Arguments.of("a space", "{\"name\":\"Dana Reyes\",\"email\":\"dana reyes@tailspin.example\"}", "email"),
				Arguments.of("a line break",
						"{\"name\":\"Dana Reyes\",\"email\":\"dana@tailspin.example\\nBcc: x@y.example\"}", "email"),
				Arguments.of("the buyer's domain", "{\"name\":\"Dana Reyes\",\"email\":\"x@buyer.example\"}", "email"),
				Arguments.of("a subdomain of the buyer's", "{\"name\":\"Dana Reyes\",\"email\":\"x@eu.buyer.example\"}",
						"email"),
				Arguments.of("the buyer's domain in capitals",
						"{\"name\":\"Dana Reyes\",\"email\":\"X@EU.Buyer.Example\"}", "email"),
				Arguments.of("the buyer's domain with a trailing dot",
						"{\"name\":\"Dana Reyes\",\"email\":\"x@buyer.example.\"}", "email"),
				Arguments.of("name with a Unicode line separator",
						"{\"name\":\"Dana\u2028Reyes\",\"email\":\"dana@tailspin.example\"}", "name"),
				Arguments.of("a demo user's address", "{\"name\":\"Sofia Lind\",\"email\":\"sofia@buyer.example\"}",
						"email"),
				Arguments.of("role with a line break",
						"{\"name\":\"Dana Reyes\",\"email\":\"dana@tailspin.example\",\"role\":\"CEO\\nCFO\"}", "role"),
				Arguments.of("an unknown field",
						"{\"name\":\"Dana Reyes\",\"email\":\"dana@tailspin.example\",\"phone\":\"1\"}", "phone"),
				Arguments.of("name not a text", "{\"name\":[\"Dana\"],\"email\":\"dana@tailspin.example\"}", "name"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badBodies")
	void shouldRefuseBadInputNamingTheFieldAndStoreNothing(String what, String body, String field) throws Exception {
		assertRefused(add(partnerId, body, "sofia"), 400, field);
		assertThat(emails(partnerId)).as("nothing added").isEmpty();

		String id = added(partnerId, "Kept Contact", "kept@tailspin.example");
		String userId = userOf(id);
		assertRefused(change(partnerId, id, body, "sofia"), 400, field);
		assertThat(emails(partnerId)).as("nothing changed").containsExactly("kept@tailspin.example");
		assertThat(userOf(id)).isEqualTo(userId);
	}

	@Test
	void shouldRefuseTheAddressOfABuyersUserOutsideTheBuyersDomains() throws Exception {
		String insider = unique("insider");
		String address = insider + "@outside.example";
		User user = identityService.newUser(insider);
		user.setFirstName("In");
		user.setLastName("Sider");
		user.setEmail(insider + "@Outside.Example"); // as entered, in mixed case: still
														// found
		user.setPassword("demo");
		identityService.saveUser(user);
		identityService.createMembership(insider, Groups.SOURCING_MANAGERS);

		assertRefused(add(partnerId, body("In Sider", address, null), "sofia"), 400, "email");
		assertRefused(add(partnerId, body("In Sider", address.toUpperCase(), null), "sofia"), 400, "email");
		String id = added(partnerId, "Dana Reyes", "dana@tailspin.example");
		assertRefused(change(partnerId, id, body("In Sider", address, null), "sofia"), 400, "email");
		assertThat(emails(partnerId)).containsExactly("dana@tailspin.example");

		// the rule is about the buyer's users: the partner's own representative's address
		// is one of the partner's
		String representative = lifecycles.representative(partnerId);
		String representativesAddress = identityService.createUserQuery()
			.userId(representative)
			.singleResult()
			.getEmail();
		assertThat(add(partnerId, body("Pat Provider", representativesAddress, null), "sofia").status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseADuplicateAddressInAnyCaseWith409() throws Exception {
		String first = added(partnerId, "Dana Reyes", "dana@tailspin.example");
		String second = added(partnerId, "Eli Stone", "eli@tailspin.example");

		assertRefused(add(partnerId, body("Dana Again", "dana@tailspin.example", null), "sofia"), 409, "email");
		assertRefused(add(partnerId, body("Dana Again", " DANA@Tailspin.Example ", null), "sofia"), 409, "email");
		assertRefused(change(partnerId, second, body("Eli Stone", "Dana@tailspin.example", null), "sofia"), 409,
				"email");
		assertThat(emails(partnerId)).containsExactly("dana@tailspin.example", "eli@tailspin.example");

		// its own address is no duplicate of itself; another partner may know the same
		// person
		Answer same = change(partnerId, first, body("Dana Reyes", "DANA@tailspin.example", "CEO"), "sofia");
		assertThat(same.status()).as(same.body()).isEqualTo(200);
		added(lifecycles.register(), "Dana Reyes", "dana@tailspin.example");
		// a removed contact's address is free again
		assertThat(remove(partnerId, second, "sofia").status()).isEqualTo(204);
		added(partnerId, "Eli Stone", "eli@tailspin.example");
	}

	@Test
	void shouldAnswer404ForAnUnknownPartnerOrContact() throws Exception {
		String id = added(partnerId, "Dana Reyes", "dana@tailspin.example");
		String other = lifecycles.register();
		String elsewhere = added(other, "Eli Stone", "eli@tailspin.example");
		String unknown = UUID.randomUUID().toString();
		String valid = body("Dana Reyes", "dana@tailspin.example", null);

		assertThat(list("no-such-partner", "sofia").status()).isEqualTo(404);
		assertThat(add("no-such-partner", valid, "sofia").status()).isEqualTo(404);
		assertThat(change("no-such-partner", id, valid, "sofia").status()).isEqualTo(404);
		assertThat(remove("no-such-partner", id, "sofia").status()).isEqualTo(404);
		assertThat(change(partnerId, unknown, valid, "sofia").status()).isEqualTo(404);
		assertThat(remove(partnerId, unknown, "sofia").status()).isEqualTo(404);
		assertThat(change(partnerId, elsewhere, valid, "sofia").status()).as("another partner's contact")
			.isEqualTo(404);
		assertThat(remove(partnerId, elsewhere, "sofia").status()).as("another partner's contact").isEqualTo(404);
		assertThat(emails(other)).containsExactly("eli@tailspin.example");

		assertRefused(change(partnerId, "x".repeat(37), valid, "sofia"), 400, "contactId");
		assertRefused(remove(partnerId, "x".repeat(37), "sofia"), 400, "contactId");

		assertThat(remove(partnerId, id, "sofia").status()).isEqualTo(204);
		assertThat(change(partnerId, id, valid, "sofia").status()).as("a removed contact").isEqualTo(404);
		assertThat(remove(partnerId, id, "sofia").status()).as("a removed contact").isEqualTo(404);
	}

	@Test
	void shouldKeepTheUserWhenTheNameChangesAndGiveANewOneForANewAddress() throws Exception {
		String id = added(partnerId, "Dana Reyes", "dana@tailspin.example");
		String userId = userOf(id);
		User before = identityService.createUserQuery().userId(userId).singleResult();
		assertThat(List.of(before.getFirstName(), before.getLastName(), before.getEmail())).containsExactly("Dana",
				"Reyes", "dana@tailspin.example");

		Answer renamed = change(partnerId, id, body("Dana Reyes-Park", "dana@tailspin.example", "CFO"), "sofia");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.json().path("id").asText()).isEqualTo(id);
		assertThat(renamed.json().path("name").asText()).isEqualTo("Dana Reyes-Park");
		assertThat(renamed.json().path("role").asText()).isEqualTo("CFO");
		assertThat(renamed.json().path("changedBy").asText()).isEqualTo("sofia");
		assertThat(renamed.json().path("changedAt").isTextual()).as(renamed.body()).isTrue();
		assertThat(renamed.json().path("addedBy").asText()).isEqualTo("sofia");
		assertThat(userOf(id)).as("the same user").isEqualTo(userId);
		assertThat(identityService.createUserQuery().userId(userId).count()).isEqualTo(1);
		User renamedUser = identityService.createUserQuery().userId(userId).singleResult();
		assertThat(List.of(renamedUser.getFirstName(), renamedUser.getLastName())).containsExactly("Dana",
				"Reyes-Park");
		assertThat(contacts.user(userId).orElseThrow().display()).isEqualTo("Dana Reyes-Park <dana@tailspin.example>");

		Answer moved = change(partnerId, id, body("Dana Reyes-Park", "dana@northwind.example", "CFO"), "sofia");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("email").asText()).isEqualTo("dana@northwind.example");
		assertThat(moved.json().path("changedBy").asText()).isEqualTo("sofia");
		String newUserId = userOf(id);
		assertThat(newUserId).startsWith(ContactUsers.PREFIX).isNotEqualTo(userId);
		assertThat(userExists(userId)).as("the old user is deleted").isFalse();
		assertThat(authorizationService.createAuthorizationQuery().userIdIn(userId).count()).as("and every grant of it")
			.isZero();
		User after = identityService.createUserQuery().userId(newUserId).singleResult();
		assertThat(List.of(after.getFirstName(), after.getLastName(), after.getEmail())).containsExactly("Dana",
				"Reyes-Park", "dana@northwind.example");
		assertThat(contacts.user(userId).orElseThrow().getRetiredAt()).as("the old user's record stays, retired")
			.isNotNull();
		assertThat(contacts.user(newUserId).orElseThrow().display())
			.isEqualTo("Dana Reyes-Park <dana@northwind.example>");
	}

	@Test
	void shouldRemoveAContactAndDeleteItsUser() throws Exception {
		String id = added(partnerId, "Dana Reyes", "dana@tailspin.example");
		added(partnerId, "Eli Stone", "eli@tailspin.example");
		String userId = userOf(id);
		assertThat(userExists(userId)).isTrue();

		Answer removed = remove(partnerId, id, "sofia");

		assertThat(removed.status()).as(removed.body()).isEqualTo(204);
		assertThat(removed.body()).isEmpty();
		assertThat(emails(partnerId)).containsExactly("eli@tailspin.example");
		assertThat(userExists(userId)).isFalse();
		assertThat(authorizationService.createAuthorizationQuery().userIdIn(userId).count()).isZero();
		PartnerContact record = contacts.find(id).orElseThrow();
		assertThat(record.getRemovedBy()).as("who removed it is kept").isEqualTo("sofia");
		assertThat(record.getUserId()).isNull();
	}

	@Test
	void shouldNeverLetAContactsUserLogInNorHoldMoreThanItsOwnNameAndTasklist() throws Exception {
		String userId = userOf(added(partnerId, "Dana Reyes", "dana@tailspin.example"));
		User user = identityService.createUserQuery().userId(userId).singleResult();
		user.setPassword("Secret-123!");
		identityService.saveUser(user);

		assertThat(identityService.checkPassword(userId, "Secret-123!")).as("a known password does not let it in")
			.isFalse();
		assertThat(identityService.checkPassword("sofia", "demo")).as("while others' passwords still work").isTrue();
		assertThat(mvc.perform(get("/api/partners").header(AUTHORIZATION, basic(userId, "Secret-123!")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);

		assertThat(identityService.createGroupQuery().groupMember(userId).list()).as("in no group").isEmpty();
		Authorization own = authorizationService.createAuthorizationQuery()
			.userIdIn(userId)
			.resourceType(Resources.USER)
			.resourceId(userId)
			.singleResult();
		assertThat(own).as("its grant on itself").isNotNull();
		assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(own.isPermissionGranted(Permissions.UPDATE)).isFalse();
		assertThat(own.isPermissionGranted(Permissions.DELETE)).isFalse();
		Authorization tasklist = authorizationService.createAuthorizationQuery()
			.userIdIn(userId)
			.resourceType(Resources.APPLICATION)
			.resourceId("tasklist")
			.singleResult();
		assertThat(tasklist).as("Tasklist").isNotNull();
		assertThat(tasklist.isPermissionGranted(Permissions.ACCESS)).isTrue();
		assertThat(authorizationService.createAuthorizationQuery().userIdIn(userId).count()).as("nothing else")
			.isEqualTo(2);
	}

	@Test
	void shouldRemoveEveryContactWhenThePartnershipEnds() throws Exception {
		String dana = added(partnerId, "Dana Reyes", "dana@tailspin.example");
		String eli = added(partnerId, "Eli Stone", "eli@tailspin.example");
		List<String> users = List.of(userOf(dana), userOf(eli));
		String other = lifecycles.register();
		String untouched = added(other, "Dana Reyes", "dana@tailspin.example");

		Answer ended = call("sofia",
				post("/api/partners/{id}/termination-requests", partnerId).contentType(MediaType.APPLICATION_JSON)
					.content("{\"requestedBy\":\"BUYER\",\"reason\":\"Not a fit\"}"));
		assertThat(ended.status()).as(ended.body()).isEqualTo(201);
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.WITHDRAWN);

		assertThat(emails(partnerId)).isEmpty();
		for (String userId : users) {
			assertThat(userExists(userId)).as(userId).isFalse();
			assertThat(contacts.user(userId).orElseThrow().getRetiredAt()).as(userId).isNotNull();
		}
		assertThat(contacts.find(dana).orElseThrow().getRemovedBy()).isEqualTo(CurrentUser.SYSTEM);
		assertRefused(add(partnerId, body("Fay Late", "fay@tailspin.example", null), "sofia"), 409, "partner");
		assertRefused(change(partnerId, dana, body("Dana Reyes", "dana@tailspin.example", null), "sofia"), 409,
				"partner");
		assertThat(emails(partnerId)).isEmpty();

		assertThat(emails(other)).as("another partnership keeps its contacts").containsExactly("dana@tailspin.example");
		assertThat(userExists(userOf(untouched))).isTrue();
	}

}
