package com.partnerlifecycle.contact;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactUserRepository extends JpaRepository<ContactUser, String> {

}
