package com.partnerlifecycle.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	@Query("select e from Evaluation e where e.partnerId = :partnerId order by e.round desc, e.id desc limit 1")
	Optional<Evaluation> findFirstByPartnerIdOrderByRoundDescIdDesc(String partnerId);

	@Query("select e from Evaluation e where e.partnerId = :partnerId order by e.round asc, e.id asc")
	List<Evaluation> findByPartnerIdOrderByRoundAscIdAsc(String partnerId);

}
