package com.partnerlifecycle.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, Long> {

	List<Review> findByPartnerIdOrderByNumberAsc(String partnerId);

	Optional<Review> findFirstByPartnerIdOrderByNumberDesc(String partnerId);

	List<Review> findByPartnerIdAndStatusIn(String partnerId, Collection<ReviewStatus> statuses);

}
