package com.partnerlifecycle.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.dissolution.DissolutionCause;
import com.partnerlifecycle.dissolution.DissolutionService;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.partner.PartnerService;
import com.partnerlifecycle.partner.Stage;

/**
 * Renewal at the start of the notice period: extend the term, or let it end and dissolve
 * at the end date.
 */
@LifecycleTest
class RenewalProcessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerService partners;

	@Autowired
	AgreementService agreements;

	@Autowired
	DissolutionService dissolutions;

	Lifecycles lifecycles;

	String partnerId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		lifecycles = new Lifecycles(context);
		partnerId = lifecycles.active();
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	ProcessInstance lifecycle() {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(LifecycleProcess.KEY)
			.processInstanceBusinessKey(partnerId)
			.singleResult();
	}

	Instant renewalDate() {
		return agreements.renewalDecisionDate(partnerId).toInstant();
	}

	void atTheRenewalDecision() {
		lifecycles.clockTo(partnerId, renewalDate().plusSeconds(60));
		// reviews that fell due on the way wait in their own processes; only the renewal
		// matters here
	}

	@Test
	void shouldAskTheExecutivesWhenTheNoticePeriodBegins() {
		Agreement agreement = agreements.get(partnerId);
		assertThat(renewalDate()).isEqualTo(agreement.getEndDate()
			.plusDays(1)
			.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant()
			.minus(Duration.ofDays(agreement.getNoticePeriodDays())));
		lifecycles.clockTo(partnerId, renewalDate().minusSeconds(60));
		assertThat(driver.openTasks(partnerId, LifecycleProcess.DECIDE_RENEWAL)).isEmpty();

		lifecycles.clockTo(partnerId, renewalDate().plusSeconds(60));

		assertThat(driver.openTasks(partnerId, LifecycleProcess.DECIDE_RENEWAL)).hasSize(1);
	}

	@Test
	void shouldExtendTheTermAndAskAgainBeforeTheNewEnd() {
		atTheRenewalDecision();
		LocalDate newEnd = agreements.get(partnerId).getEndDate().plusYears(1);

		driver.complete(partnerId, LifecycleProcess.DECIDE_RENEWAL, "erik", FormValues.renew(newEnd));

		Agreement agreement = agreements.get(partnerId);
		assertThat(agreement.getEndDate()).isEqualTo(newEnd);
		assertThat(agreement.getRenewalCount()).isEqualTo(1);
		assertThat(agreement.getLastRenewedBy()).isEqualTo("erik");
		assertThat(managementService.createJobQuery()
			.processInstanceId(lifecycle().getId())
			.activityId(LifecycleProcess.RENEWAL_DECISION_DUE)
			.singleResult()
			.getDuedate()
			.toInstant()).isEqualTo(renewalDate());
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.ACTIVE);
	}

	@Test
	void shouldRefuseARenewalThatDoesNotExtendTheTerm() {
		atTheRenewalDecision();
		LocalDate end = agreements.get(partnerId).getEndDate();

		assertThatThrownBy(
				() -> driver.complete(partnerId, LifecycleProcess.DECIDE_RENEWAL, "erik", FormValues.renew(end)))
			.hasMessageContaining("newEndDate: must be after the current end date");
		assertThat(agreements.get(partnerId).getRenewalCount()).isZero();
	}

	@Test
	void shouldDissolveAtTheEndDateWhenNotRenewed() {
		atTheRenewalDecision();
		driver.complete(partnerId, LifecycleProcess.DECIDE_RENEWAL, "eva", FormValues.letTheAgreementEnd());
		assertThat(lifecycle()).isWaitingAt(LifecycleProcess.AGREEMENT_TERM_ENDED);
		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.ACTIVE);

		lifecycles.clockTo(partnerId, agreements.endDateOf(partnerId).toInstant().plusSeconds(60));

		assertThat(partners.get(partnerId).getStage()).isEqualTo(Stage.DISSOLVING);
		assertThat(dissolutions.get(partnerId).getCause()).isEqualTo(DissolutionCause.TERM_ENDED);
		lifecycles.assertStageMatchesEngine(partnerId);
	}

}
