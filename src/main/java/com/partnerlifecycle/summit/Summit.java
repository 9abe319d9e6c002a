package com.partnerlifecycle.summit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One annual partner summit: when it takes place, until when proposals are due, and how
 * far it has come.
 */
@Entity
public class Summit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "summit_year")
	private int year;

	private String title;

	private Instant heldAt;

	private int meetingMinutes;

	private String location;

	private LocalDate proposalsDue;

	@Enumerated(EnumType.STRING)
	private SummitStatus status;

	private String processInstanceId;

	private Instant openedAt;

	private String openedBy;

	private Instant roundClosedAt;

	private String roundClosedBy;

	private Instant reviewedAt;

	private String reviewedBy;

	@Version
	private long version;

	protected Summit() {
	}

	Summit(String title, Instant heldAt, int year, int meetingMinutes, String location, LocalDate proposalsDue,
			String processInstanceId, Instant openedAt, String openedBy) {
		this.title = title;
		this.heldAt = heldAt;
		this.year = year;
		this.meetingMinutes = meetingMinutes;
		this.location = location;
		this.proposalsDue = proposalsDue;
		this.processInstanceId = processInstanceId;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.status = SummitStatus.COLLECTING;
	}

	/**
	 * A summit recorded by hand before its process started: the instance "Open the
	 * summit" runs in.
	 */
	void runsIn(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void closeRound(Instant at, String by) {
		this.roundClosedAt = at;
		this.roundClosedBy = by;
		this.status = SummitStatus.REVIEWING;
	}

	void close(Instant at, String by) {
		this.reviewedAt = at;
		this.reviewedBy = by;
		this.status = SummitStatus.CLOSED;
	}

	/** No partner was active when it opened: nothing to collect. */
	void closeEmpty(Instant at) {
		this.roundClosedAt = at;
		this.reviewedAt = at;
		this.roundClosedBy = openedBy;
		this.reviewedBy = openedBy;
		this.status = SummitStatus.CLOSED;
	}

	public Long getId() {
		return id;
	}

	public int getYear() {
		return year;
	}

	public String getTitle() {
		return title;
	}

	public Instant getHeldAt() {
		return heldAt;
	}

	public int getMeetingMinutes() {
		return meetingMinutes;
	}

	public String getLocation() {
		return location;
	}

	public LocalDate getProposalsDue() {
		return proposalsDue;
	}

	public SummitStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public Instant getRoundClosedAt() {
		return roundClosedAt;
	}

	public String getRoundClosedBy() {
		return roundClosedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

}
