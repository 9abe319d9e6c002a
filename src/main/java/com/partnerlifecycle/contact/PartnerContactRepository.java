package com.partnerlifecycle.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerContactRepository extends JpaRepository<PartnerContact, String> {

	List<PartnerContact> findByPartnerIdAndRemovedAtIsNullOrderByNameAsc(String partnerId);

	Optional<PartnerContact> findByIdAndPartnerId(String id, String partnerId);

	Optional<PartnerContact> findByUserId(String userId);

}
