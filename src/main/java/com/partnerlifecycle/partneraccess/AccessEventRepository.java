package com.partnerlifecycle.partneraccess;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessEventRepository extends JpaRepository<AccessEvent, Long> {

	List<AccessEvent> findByPartnerIdOrderByIdAsc(String partnerId);

}
