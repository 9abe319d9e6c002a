package com.partnerlifecycle.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;
import com.partnerlifecycle.pilot.PilotService;
import com.partnerlifecycle.pilot.PilotStatus;

/**
 * Termination at any time: withdrawal before the agreement, dissolution after it, refused
 * once ended.
 */
@LifecycleTest
class TerminationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	PilotService pilots;

	@Autowired
	TerminationRequestRepository requests;

	@Autowired
	RuntimeService runtimeService;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	ResultActions terminate(String partnerId, String body) throws Exception {
		return mvc
			.perform(post("/api/partners/{id}/termination-requests", partnerId).contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	/**
	 * The provider's request, recorded by sofia on behalf of the provider's person who
	 * asked.
	 */
	ResultActions terminate(String partnerId) throws Exception {
		return terminate(partnerId,
				"{\"requestedBy\":\"PROVIDER\",\"reason\":\"New strategy\",\"onBehalfOf\":\"Pat Provider\"}");
	}

	String inPilot() {
		String id = lifecycles.register();
		lifecycles.planPilots(id, lifecycles.pilot("Pilot", 10, "a"));
		return id;
	}

	String inAgreement() {
		String id = lifecycles.atTheGateRecommendingProceed();
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
		return id;
	}

	String rejected() {
		String id = lifecycles.throughPilots("0", 1);
		lifecycles.enterEvaluation(id, "sofia", 1);
		driver.complete(id, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
		return id;
	}

	static Stream<Arguments> stagesBeforeTheAgreement() {
		return Stream.of(Arguments.of("CANDIDATE"), Arguments.of("PILOT"), Arguments.of("EVALUATION"),
				Arguments.of("AGREEMENT"));
	}

	String partnerAt(String stage) {
		return switch (stage) {
			case "CANDIDATE" -> lifecycles.register();
			case "PILOT" -> inPilot();
			case "EVALUATION" -> lifecycles.atTheGateRecommendingProceed();
			case "AGREEMENT" -> inAgreement();
			default -> throw new IllegalArgumentException(stage);
		};
	}

	@ParameterizedTest
	@MethodSource("stagesBeforeTheAgreement")
	void shouldWithdrawTheCandidacyBeforeTheAgreementIsSigned(String stage) throws Exception {
		String id = partnerAt(stage);
		assertThat(partners.get(id).getStage()).isEqualTo(Stage.valueOf(stage));

		terminate(id).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/partners/" + id + "/termination-requests/")))
			.andExpect(jsonPath("$.stageAtRequest").value(stage))
			.andExpect(jsonPath("$.stage").value("WITHDRAWN"));

		assertThat(partners.get(id).getStage()).isEqualTo(Stage.WITHDRAWN);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
	}

	@Test
	void shouldCloseRunningPilotsWithTheReason() throws Exception {
		String id = inPilot();

		terminate(id, "{\"requestedBy\":\"BUYER\",\"reason\":\"Budget cut\"}").andExpect(status().isCreated());

		assertThat(pilots.ofPartner(id)).allSatisfy(pilot -> {
			assertThat(pilot.getStatus()).isEqualTo(PilotStatus.CLOSED);
			assertThat(pilot.getClosedReason()).isEqualTo("Candidacy withdrawn at the buyer's request: Budget cut");
		});
	}

	@Test
	void shouldStartTheDissolutionOfAnActivePartnership() throws Exception {
		String id = lifecycles.active();

		terminate(id).andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("DISSOLVING"));

		driver.executeDueJobs(id);
		assertThat(driver.openTasks(id, DissolutionProcess.PLAN_EXIT)).hasSize(1);
		lifecycles.assertStageMatchesEngine(id);
	}

	@Test
	void shouldRefuseASecondRequestWhileDissolving() throws Exception {
		String id = lifecycles.active();
		terminate(id).andExpect(status().isCreated());
		long before = requests.count();

		terminate(id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("is already being dissolved")));
		assertThat(requests.count()).isEqualTo(before);
	}

	@Test
	void shouldRefuseARequestForAPartnershipThatHasEnded() throws Exception {
		String withdrawn = lifecycles.register();
		terminate(withdrawn).andExpect(status().isCreated());
		String rejected = rejected();
		long before = requests.count();

		terminate(withdrawn).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("has already ended (WITHDRAWN)")));
		terminate(rejected).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("has already ended (REJECTED)")));
		assertThat(requests.count()).isEqualTo(before);
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(Arguments.of("{\"requestedBy\":\"PROVIDER\"}", "reason", "is required"),
				Arguments.of("{\"requestedBy\":\"PROVIDER\",\"reason\":\"  \"}", "reason", "must not be blank"),
				Arguments.of("{\"requestedBy\":\"PROVIDER\",\"reason\":\"" + "x".repeat(4001) + "\"}", "reason",
						"at most 4000"),
				Arguments.of("{\"reason\":\"Why not\"}", "requestedBy", "is required: BUYER or PROVIDER"),
				Arguments.of("{\"requestedBy\":\"SOMEONE\",\"reason\":\"Why not\"}", "requestedBy",
						"must be one of [BUYER, PROVIDER]"));
	}

	@ParameterizedTest
	@MethodSource("badRequests")
	void shouldRefuseBadRequestsNamingTheFieldAndChangeNothing(String body, String field, String reason)
			throws Exception {
		String id = lifecycles.register();

		terminate(id, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.detail", containsString(reason)));
		assertThat(partners.get(id).getStage()).isEqualTo(Stage.CANDIDATE);
		assertThat(requests.findByPartnerIdOrderByRequestedAtAscIdAsc(id)).isEmpty();
	}

	@Test
	void shouldAnswer404ForAnUnknownPartner() throws Exception {
		terminate("nobody-here").andExpect(status().isNotFound());
	}

}
