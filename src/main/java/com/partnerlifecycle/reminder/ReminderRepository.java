package com.partnerlifecycle.reminder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderRepository extends JpaRepository<Reminder, Long> {

	Optional<Reminder> findByKey(String key);

	Page<Reminder> findByPartnerIdOrderByCreatedAtDescIdDesc(String partnerId, Pageable page);

	List<Reminder> findByReviewIdAndKind(Long reviewId, ReminderKind kind);

	long countByStatus(ReminderStatus status);

}
