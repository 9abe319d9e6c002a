package com.partnerlifecycle.summit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummitInviteeRepository extends JpaRepository<SummitInvitee, SummitInvitee.Key> {

	List<SummitInvitee> findBySummitIdOrderByPartnerIdAsc(Long summitId);

	List<SummitInvitee> findByPartnerIdOrderBySummitIdDesc(String partnerId);

	Optional<SummitInvitee> findByProposalProcessInstanceId(String processInstanceId);

}
