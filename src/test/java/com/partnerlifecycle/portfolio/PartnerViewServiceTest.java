package com.partnerlifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.demo.ProcessDriver;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.review.ValueRatings;

/**
 * The partner view's data is blind like reviews: one side's ratings and values show only
 * after the reveal.
 */
@LifecycleTest
class PartnerViewServiceTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	@Autowired
	PartnerViewService views;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

	@Test
	void shouldShowNoRatingsOrValuesOfAReviewBeforeItsReveal() {
		String partnerId = lifecycles.active();
		lifecycles.untilNextReviewStarts(partnerId);
		lifecycles.scheduleMeeting(partnerId);
		driver.complete(partnerId, ReviewProcess.RATE_PROVIDER, lifecycles.representative(partnerId),
				FormValues.rateAsProvider(2, 77_777, 0));

		PartnerViewService.ReviewPoint blind = views.of(partnerId).reviews().get(0);
		assertThat(blind.revealed()).isFalse();
		assertThat(blind.buyer()).isNull();
		assertThat(blind.provider()).as("the partner's ratings, before the reveal").isNull();
		assertThat(blind.providerValue()).isNull();
		assertThat(blind.valueRatio()).isNull();

		driver.complete(partnerId, ReviewProcess.RATE_BUYER, "erik", FormValues.rateAsBuyer(4, 100_000, 0));
		PartnerViewService.ReviewPoint revealed = views.of(partnerId).reviews().get(0);
		assertThat(revealed.revealed()).isTrue();
		assertThat(revealed.provider()).containsEntry(ValueRatings.Value.TRANSPARENT, 2);
		assertThat(revealed.buyer()).containsEntry(ValueRatings.Value.COOPERATIVE, 4);
		assertThat(revealed.providerValue()).isEqualByComparingTo("77777");
		assertThat(views.of(partnerId).stages()).extracting(PartnerViewService.StageStep::stage)
			.last()
			.hasToString("ACTIVE");
	}

}
