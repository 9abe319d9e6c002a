package com.partnerlifecycle.summit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SummitProposalRepository extends JpaRepository<SummitProposal, Long> {

	List<SummitProposal> findBySummitIdOrderByPartnerIdAscPositionAsc(Long summitId);

	List<SummitProposal> findBySummitIdAndPartnerIdOrderByPositionAsc(Long summitId, String partnerId);

	List<SummitProposal> findByPartnerIdOrderBySummitIdDescPositionAsc(String partnerId);

	long countBySummitId(Long summitId);

}
