package com.partnerlifecycle.dissolution;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DissolutionRepository extends JpaRepository<Dissolution, Long> {

	Optional<Dissolution> findByPartnerId(String partnerId);

}
