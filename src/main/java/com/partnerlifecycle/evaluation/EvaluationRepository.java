package com.partnerlifecycle.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	Optional<Evaluation> findFirstByPartnerIdOrderByRoundDescIdDesc(String partnerId);

	List<Evaluation> findByPartnerIdOrderByRoundAscIdAsc(String partnerId);

}
