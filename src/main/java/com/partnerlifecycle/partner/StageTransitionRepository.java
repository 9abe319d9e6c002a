package com.partnerlifecycle.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface StageTransitionRepository extends JpaRepository<StageTransition, Long> {

	@Query("select t from StageTransition t where t.partnerId = :partnerId order by t.changedAt asc, t.id asc")
	List<StageTransition> findByPartnerIdOrderByChangedAtAscIdAsc(String partnerId);

}
