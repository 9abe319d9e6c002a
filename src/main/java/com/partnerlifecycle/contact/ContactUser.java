package com.partnerlifecycle.contact;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Camunda user a contact has had, with the name and address it stood for: records that
 * name a {@code contact-<uuid>} user (a rating, an acknowledgement, a report made through
 * a link) read the person from here, also after the user is deleted.
 */
@Entity
@Table(name = "partner_contact_user")
public class ContactUser {

	@Id
	private String userId;

	private String contactId;

	private String name;

	private String email;

	private Instant createdAt;

	private Instant retiredAt;

	protected ContactUser() {
	}

	ContactUser(String userId, String contactId, String name, String email, Instant createdAt) {
		this.userId = userId;
		this.contactId = contactId;
		this.name = name;
		this.email = email;
		this.createdAt = createdAt;
	}

	void rename(String name) {
		this.name = name;
	}

	void retire(Instant at) {
		this.retiredAt = at;
	}

	public String getUserId() {
		return userId;
	}

	public String getContactId() {
		return contactId;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getRetiredAt() {
		return retiredAt;
	}

	/**
	 * "Dana Reyes <dana.reyes@tailspin.example>": how records show who acted through a
	 * link.
	 */
	public String display() {
		return name + " <" + email + ">";
	}

}
