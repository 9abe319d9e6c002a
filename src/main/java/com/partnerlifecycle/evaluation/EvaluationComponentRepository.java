package com.partnerlifecycle.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationComponentRepository extends JpaRepository<EvaluationComponent, Long> {

	List<EvaluationComponent> findByEvaluationIdOrderByPosition(Long evaluationId);

}
