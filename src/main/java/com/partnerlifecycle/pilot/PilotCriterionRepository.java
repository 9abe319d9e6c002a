package com.partnerlifecycle.pilot;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PilotCriterionRepository extends JpaRepository<PilotCriterion, Long> {

	List<PilotCriterion> findByPilotIdOrderByPosition(Long pilotId);

	List<PilotCriterion> findByPilotIdInOrderByPilotIdAscPositionAsc(Collection<Long> pilotIds);

}
