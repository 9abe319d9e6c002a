package com.partnerlifecycle.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import com.partnerlifecycle.common.Side;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface ReviewRatingRepository extends JpaRepository<ReviewRating, Long> {

	@Query("select r from ReviewRating r where r.reviewId = :reviewId")
	List<ReviewRating> findByReviewId(Long reviewId);

	List<ReviewRating> findByReviewIdIn(java.util.Collection<Long> reviewIds);

	@Query("select r from ReviewRating r where r.reviewId = :reviewId and r.side = :side")
	Optional<ReviewRating> findByReviewIdAndSide(Long reviewId, Side side);

}
