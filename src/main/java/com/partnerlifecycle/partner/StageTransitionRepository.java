package com.partnerlifecycle.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StageTransitionRepository extends JpaRepository<StageTransition, Long> {

	List<StageTransition> findByPartnerIdOrderByChangedAtAscIdAsc(String partnerId);

}
