package com.partnerlifecycle.pilot;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface PilotCriterionRepository extends JpaRepository<PilotCriterion, Long> {

	@Query("select c from PilotCriterion c where c.pilotId = :pilotId order by c.position")
	List<PilotCriterion> findByPilotIdOrderByPosition(Long pilotId);

	@Query("select c from PilotCriterion c where c.pilotId in :pilotIds order by c.pilotId asc, c.position asc")
	List<PilotCriterion> findByPilotIdInOrderByPilotIdAscPositionAsc(Collection<Long> pilotIds);

}
