package com.partnerlifecycle.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, String>, JpaSpecificationExecutor<Partner> {

	boolean existsByNameKey(String nameKey);

	boolean existsByGroupId(String groupId);

	@Query("select p.groupId from Partner p where p.id = ?1")
	Optional<String> findGroupIdById(String id);

	List<Partner> findByGroupIdIn(Collection<String> groupIds);

}
