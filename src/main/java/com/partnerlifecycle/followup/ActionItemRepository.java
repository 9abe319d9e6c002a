package com.partnerlifecycle.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

	Optional<ActionItem> findByProcessInstanceId(String processInstanceId);

	List<ActionItem> findByReviewIdOrderByPositionAsc(Long reviewId);

	List<ActionItem> findByPartnerIdOrderByDueDateAscIdAsc(String partnerId);

	List<ActionItem> findByPartnerIdInOrderByDueDateAscIdAsc(java.util.Collection<String> partnerIds);

	List<ActionItem> findByPartnerIdAndStatusInOrderByDueDateAscIdAsc(String partnerId,
			Collection<ActionItemStatus> statuses);

	List<ActionItem> findByOwnerUserIdAndStatusInOrderByDueDateAscIdAsc(String ownerUserId,
			Collection<ActionItemStatus> statuses);

	List<ActionItem> findByPartnerIdAndOwnerParticipantIdIsNotNullAndStatusInOrderByDueDateAscIdAsc(String partnerId,
			Collection<ActionItemStatus> statuses);

}
