package com.partnerlifecycle.agreement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	Optional<Agreement> findByPartnerId(String partnerId);

}
