package com.partnerlifecycle.pilot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface PilotRepository extends JpaRepository<Pilot, Long> {

	@Query("select p from Pilot p where p.partnerId = :partnerId order by p.round asc, p.id asc")
	List<Pilot> findByPartnerIdOrderByRoundAscIdAsc(String partnerId);

	@Query("select p from Pilot p where p.processInstanceId = :processInstanceId")
	java.util.Optional<Pilot> findByProcessInstanceId(String processInstanceId);

	@Query("select p from Pilot p where p.partnerId = :partnerId and p.status = :status order by p.id asc")
	List<Pilot> findByPartnerIdAndStatusOrderByIdAsc(String partnerId, PilotStatus status);

}
