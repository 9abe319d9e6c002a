package com.partnerlifecycle.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import com.partnerlifecycle.common.Side;

public interface ReviewRatingRepository extends JpaRepository<ReviewRating, Long> {

	List<ReviewRating> findByReviewId(Long reviewId);

	Optional<ReviewRating> findByReviewIdAndSide(Long reviewId, Side side);

}
