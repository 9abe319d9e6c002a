package com.partnerlifecycle.reminder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Queries as JPQL strings: Hibernate caches their plans (derived queries are translated
 * again on every call).
 */
public interface ReminderRepository extends JpaRepository<Reminder, Long> {

	@Query("select r from Reminder r where r.key = :key")
	Optional<Reminder> findByKey(String key);

	/**
	 * The row locked until the transaction ends: two resolutions of one reminder run one
	 * after the other.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Reminder r where r.key = :key")
	Optional<Reminder> findByKeyForUpdate(String key);

	/**
	 * Rows whose key matches the LIKE pattern ("_" matches any character: callers check
	 * the keys again).
	 */
	@Query("select r from Reminder r where r.key like :pattern")
	List<Reminder> findByKeyLike(String pattern);

	Page<Reminder> findByPartnerIdOrderByCreatedAtDescIdDesc(String partnerId, Pageable page);

	@Query("select r from Reminder r where r.reviewId = :reviewId and r.kind = :kind")
	List<Reminder> findByReviewIdAndKind(Long reviewId, ReminderKind kind);

	long countByStatus(ReminderStatus status);

}
