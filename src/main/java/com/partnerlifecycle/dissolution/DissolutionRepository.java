package com.partnerlifecycle.dissolution;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface DissolutionRepository extends JpaRepository<Dissolution, Long> {

	@Query("select d from Dissolution d where d.partnerId = :partnerId")
	Optional<Dissolution> findByPartnerId(String partnerId);

}
