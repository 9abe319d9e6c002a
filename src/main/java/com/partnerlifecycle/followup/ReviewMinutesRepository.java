package com.partnerlifecycle.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewMinutesRepository extends JpaRepository<ReviewMinutes, Long> {

}
