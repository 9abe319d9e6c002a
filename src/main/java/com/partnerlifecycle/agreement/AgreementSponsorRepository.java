package com.partnerlifecycle.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface AgreementSponsorRepository extends JpaRepository<AgreementSponsor, Long> {

	@Query("select s from AgreementSponsor s where s.agreementId = :agreementId order by s.side asc, s.position asc")
	List<AgreementSponsor> findByAgreementIdOrderBySideAscPositionAsc(Long agreementId);

	void deleteByAgreementId(Long agreementId);

}
