package com.partnerlifecycle.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface EvaluationComponentRepository extends JpaRepository<EvaluationComponent, Long> {

	@Query("select c from EvaluationComponent c where c.evaluationId = :evaluationId order by c.position")
	List<EvaluationComponent> findByEvaluationIdOrderByPosition(Long evaluationId);

}
