package com.partnerlifecycle.partneraccess;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerLinkRepository extends JpaRepository<PartnerLink, Long> {

	Optional<PartnerLink> findByTokenHash(String tokenHash);

	List<PartnerLink> findByReminderIdAndRevokedAtIsNull(Long reminderId);

	List<PartnerLink> findByContactIdAndRevokedAtIsNull(String contactId);

	List<PartnerLink> findByTaskIdAndRevokedAtIsNull(String taskId);

	List<PartnerLink> findByPartnerIdAndRevokedAtIsNull(String partnerId);

	long countByContactIdAndTaskId(String contactId, String taskId);

	long countByTaskId(String taskId);

}
