package com.partnerlifecycle.agreement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	@Query("select a from Agreement a where a.partnerId = :partnerId")
	Optional<Agreement> findByPartnerId(String partnerId);

	java.util.List<Agreement> findByPartnerIdIn(java.util.Collection<String> partnerIds);

}
