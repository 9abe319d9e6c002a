package com.partnerlifecycle.termination;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface TerminationRequestRepository extends JpaRepository<TerminationRequest, Long> {

	@Query("select t from TerminationRequest t where t.partnerId = :partnerId order by t.requestedAt asc, t.id asc")
	List<TerminationRequest> findByPartnerIdOrderByRequestedAtAscIdAsc(String partnerId);

	@Query("select t from TerminationRequest t where t.partnerId = :partnerId order by t.id desc limit 1")
	Optional<TerminationRequest> findFirstByPartnerIdOrderByIdDesc(String partnerId);

}
