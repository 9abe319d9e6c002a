package com.partnerlifecycle.pilot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PilotRepository extends JpaRepository<Pilot, Long> {

	List<Pilot> findByPartnerIdOrderByRoundAscIdAsc(String partnerId);

	List<Pilot> findByPartnerIdAndStatusOrderByIdAsc(String partnerId, PilotStatus status);

}
