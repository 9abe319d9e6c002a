package com.partnerlifecycle.contact;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the partner's people, known to the product: a name, an address and a role. Such
 * a contact acts on its own task through a single-use link mailed to it
 * ({@code partneraccess}), as a Camunda user of its own that has no password
 * ({@code userId}, {@code contact-<uuid>}). Who added, changed or removed the record is
 * kept, so the buyer's people cannot quietly add themselves as a partner's contact.
 */
@Entity
@Table(name = "partner_contact")
public class PartnerContact {

	@Id
	private String id;

	private String partnerId;

	private String name;

	private String email;

	private String role;

	/**
	 * the contact's current Camunda user; a new one after each change of address, none
	 * once removed
	 */
	private String userId;

	private String addedBy;

	private Instant addedAt;

	private String changedBy;

	private Instant changedAt;

	private String removedBy;

	private Instant removedAt;

	@Version
	private long version;

	protected PartnerContact() {
	}

	PartnerContact(String id, String partnerId, String name, String email, String role, String userId, String addedBy,
			Instant addedAt) {
		this.id = id;
		this.partnerId = partnerId;
		this.name = name;
		this.email = email;
		this.role = role;
		this.userId = userId;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	void change(String name, String email, String role, String userId, String by, Instant at) {
		this.name = name;
		this.email = email;
		this.role = role;
		this.userId = userId;
		this.changedBy = by;
		this.changedAt = at;
	}

	void remove(String by, Instant at) {
		this.userId = null;
		this.removedBy = by;
		this.removedAt = at;
	}

	public boolean isActive() {
		return removedAt == null;
	}

	public String getId() {
		return id;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getRole() {
		return role;
	}

	public String getUserId() {
		return userId;
	}

	public String getAddedBy() {
		return addedBy;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getRemovedBy() {
		return removedBy;
	}

	public Instant getRemovedAt() {
		return removedAt;
	}

}
