package com.partnerlifecycle.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface ReviewParticipantRepository extends JpaRepository<ReviewParticipant, Long> {

	@Query("select p from ReviewParticipant p where p.reviewId = :reviewId order by p.side asc, p.position asc")
	List<ReviewParticipant> findByReviewIdOrderBySideAscPositionAsc(Long reviewId);

	void deleteByReviewId(Long reviewId);

}
