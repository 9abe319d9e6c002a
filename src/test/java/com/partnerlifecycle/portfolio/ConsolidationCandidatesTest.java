package com.partnerlifecycle.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.partnerlifecycle.partner.Mode;
import com.partnerlifecycle.partner.Partner;
import com.partnerlifecycle.portfolio.PortfolioService.ConsolidationCandidate;
import com.partnerlifecycle.portfolio.PortfolioService.PartnerHealth;

/** Which active partners overlap, and which of each pair is the weaker. */
class ConsolidationCandidatesTest {

	static Partner partner(String id, String... capabilities) {
		Partner partner = new Partner(id, id, null, null, 1, Instant.EPOCH, "sofia");
		partner.declareCapabilities(new TreeSet<>(List.of(capabilities)));
		return partner;
	}

	static PartnerHealth health(String id, String health, Double rating) {
		return new PartnerHealth(id, id, null, Mode.VENDOR, health, rating, rating == null ? null : 1);
	}

	@Test
	void shouldPairEveryTwoPartnersSharingACapabilityTheWeakerFirst() {
		List<Partner> active = List.of(partner("a", "cloud", "network"), partner("b", "cloud"),
				partner("c", "network", "cloud"), partner("d", "catering"));
		Map<String, PartnerHealth> health = Map.of("a", health("a", "HEALTHY", 4.0), "b", health("b", "UNHEALTHY", 2.5),
				"c", health("c", "NOT_REVIEWED", null), "d", health("d", "UNHEALTHY", 1.0));

		List<ConsolidationCandidate> pairs = PortfolioService.consolidationCandidates(active, health);

		assertThat(pairs).extracting(p -> p.weaker().partnerId() + "<" + p.stronger().partnerId())
			.containsExactly("b<c", "b<a", "c<a");
		assertThat(pairs.get(2).sharedCapabilities()).containsExactly("cloud", "network");
	}

	@Test
	void shouldPutTheLowerRatingFirstWhenBothHaveTheSameHealth() {
		List<ConsolidationCandidate> pairs = PortfolioService.consolidationCandidates(
				List.of(partner("x", "sap"), partner("y", "sap")),
				Map.of("x", health("x", "HEALTHY", 4.5), "y", health("y", "HEALTHY", 3.25)));

		assertThat(pairs).singleElement().satisfies(p -> {
			assertThat(p.weaker().partnerId()).isEqualTo("y");
			assertThat(p.stronger().partnerId()).isEqualTo("x");
		});
	}

	@Test
	void shouldFindNoCandidatesWithoutASharedCapability() {
		assertThat(PortfolioService.consolidationCandidates(List.of(partner("x", "sap"), partner("y")),
				Map.of("x", health("x", "HEALTHY", 4.0), "y", health("y", "HEALTHY", 4.0))))
			.isEmpty();
	}

}
