package com.partnerlifecycle.summit;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummitRepository extends JpaRepository<Summit, Long> {

	Optional<Summit> findFirstByOrderByOpenedAtDescIdDesc();

	Optional<Summit> findByProcessInstanceId(String processInstanceId);

	Optional<Summit> findFirstByStatusInOrderByOpenedAtDesc(Collection<SummitStatus> statuses);

	java.util.List<Summit> findAllByOrderByOpenedAtDescIdDesc(org.springframework.data.domain.Pageable page);

}
