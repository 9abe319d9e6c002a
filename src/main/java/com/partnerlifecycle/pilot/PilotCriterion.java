package com.partnerlifecycle.pilot;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One success criterion agreed when the pilot was planned, and its rating once assessed.
 */
@Entity
public class PilotCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pilotId;

	private int position;

	private String description;

	private BigDecimal rating;

	protected PilotCriterion() {
	}

	PilotCriterion(Long pilotId, int position, String description) {
		this.pilotId = pilotId;
		this.position = position;
		this.description = description;
	}

	void rate(CriterionRating rating) {
		this.rating = BigDecimal.valueOf(rating.value());
	}

	public Long getId() {
		return id;
	}

	public Long getPilotId() {
		return pilotId;
	}

	public int getPosition() {
		return position;
	}

	public String getDescription() {
		return description;
	}

	/** The rating, or null before the assessment. */
	public CriterionRating getRating() {
		if (rating == null) {
			return null;
		}
		for (CriterionRating candidate : CriterionRating.values()) {
			if (BigDecimal.valueOf(candidate.value()).compareTo(rating) == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("Unknown rating " + rating);
	}

}
