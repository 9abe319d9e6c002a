package com.partnerlifecycle.partneraccess;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What happened to a link: issued, used, refused, revoked, a new one asked for. Never
 * holds a token.
 */
@Entity
@Table(name = "partner_access_event")
class AccessEvent {

	enum Kind {

		ISSUED, USED, REFUSED, REVOKED, RESEND_ASKED, SESSION_ENDED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Long linkId;

	private String contactId;

	private String partnerId;

	private String taskId;

	private String detail;

	protected AccessEvent() {
	}

	AccessEvent(Instant at, Kind kind, PartnerLink link, String detail) {
		this.at = at;
		this.kind = kind;
		if (link != null) {
			this.linkId = link.getId();
			this.contactId = link.getContactId();
			this.partnerId = link.getPartnerId();
			this.taskId = link.getTaskId();
		}
		this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
	}

	Long getId() {
		return id;
	}

	Instant getAt() {
		return at;
	}

	Kind getKind() {
		return kind;
	}

	Long getLinkId() {
		return linkId;
	}

	String getContactId() {
		return contactId;
	}

	String getPartnerId() {
		return partnerId;
	}

	String getTaskId() {
		return taskId;
	}

	String getDetail() {
		return detail;
	}

}
