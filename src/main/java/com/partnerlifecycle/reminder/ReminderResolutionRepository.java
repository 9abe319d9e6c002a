package com.partnerlifecycle.reminder;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderResolutionRepository extends JpaRepository<ReminderResolution, Long> {

	/** A page of reminders' resolutions in one query, oldest first. */
	@Query("select r from ReminderResolution r where r.reminderId in :reminderIds order by r.resolvedAt, r.id")
	List<ReminderResolution> findByReminderIds(Collection<Long> reminderIds);

}
