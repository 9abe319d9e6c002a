package com.partnerlifecycle.contact;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.partner.PartnerRecordSection;

/**
 * The partner's record shows its contacts, each with who added and who last changed it
 * ({@code contacts}).
 */
@Component
class ContactSection implements PartnerRecordSection {

	private final PartnerContactRepository contacts;

	ContactSection(PartnerContactRepository contacts) {
		this.contacts = contacts;
	}

	@Override
	public String name() {
		return "contacts";
	}

	@Override
	public Optional<Object> describe(String partnerId) {
		List<ContactController.ContactView> active = contacts.findByPartnerIdAndRemovedAtIsNullOrderByNameAsc(partnerId)
			.stream()
			.map(ContactController.ContactView::of)
			.toList();
		return active.isEmpty() ? Optional.empty() : Optional.of(active);
	}

}
