package com.partnerlifecycle.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewTopicRepository extends JpaRepository<ReviewTopic, Long> {

	List<ReviewTopic> findByReviewIdOrderBySideAscPositionAsc(Long reviewId);

}
