package com.partnerlifecycle.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewParticipantRepository extends JpaRepository<ReviewParticipant, Long> {

	List<ReviewParticipant> findByReviewIdOrderBySideAscPositionAsc(Long reviewId);

	void deleteByReviewId(Long reviewId);

}
