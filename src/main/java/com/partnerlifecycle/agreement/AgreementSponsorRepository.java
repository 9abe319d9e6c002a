package com.partnerlifecycle.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementSponsorRepository extends JpaRepository<AgreementSponsor, Long> {

	List<AgreementSponsor> findByAgreementIdOrderBySideAscPositionAsc(Long agreementId);

	void deleteByAgreementId(Long agreementId);

}
