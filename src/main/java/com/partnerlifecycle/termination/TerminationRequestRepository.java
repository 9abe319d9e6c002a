package com.partnerlifecycle.termination;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TerminationRequestRepository extends JpaRepository<TerminationRequest, Long> {

	List<TerminationRequest> findByPartnerIdOrderByRequestedAtAscIdAsc(String partnerId);

	Optional<TerminationRequest> findFirstByPartnerIdOrderByIdDesc(String partnerId);

}
