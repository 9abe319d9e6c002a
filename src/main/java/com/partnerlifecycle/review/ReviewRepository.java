package com.partnerlifecycle.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface ReviewRepository extends JpaRepository<Review, Long> {

	@Query("select r from Review r where r.partnerId = :partnerId order by r.number asc")
	List<Review> findByPartnerIdOrderByNumberAsc(String partnerId);

	@Query("select r from Review r where r.partnerId = :partnerId order by r.number desc limit 1")
	Optional<Review> findFirstByPartnerIdOrderByNumberDesc(String partnerId);

	@Query("select r from Review r where r.partnerId = :partnerId and r.number = :number")
	Optional<Review> findByPartnerIdAndNumber(String partnerId, int number);

	@Query("select r from Review r where r.processInstanceId = :processInstanceId")
	Optional<Review> findByProcessInstanceId(String processInstanceId);

	/** The reviews of many partnerships in one read (the portfolio dashboard). */
	@Query("select r from Review r where r.partnerId in :partnerIds order by r.partnerId, r.number asc")
	List<Review> findByPartnerIdInOrderByNumber(Collection<String> partnerIds);

	@Query("select r from Review r where r.partnerId = :partnerId and r.status in :statuses")
	List<Review> findByPartnerIdAndStatusIn(String partnerId, Collection<ReviewStatus> statuses);

}
