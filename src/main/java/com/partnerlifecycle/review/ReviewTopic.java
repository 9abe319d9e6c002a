package com.partnerlifecycle.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.partnerlifecycle.common.Side;

/**
 * A topic one side puts on the review meeting's agenda when it rates. Blind to the other
 * side until the reveal, like the side's ratings: never a process variable.
 */
@Entity
public class ReviewTopic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	@Enumerated(EnumType.STRING)
	private Side side;

	private int position;

	@Enumerated(EnumType.STRING)
	private TopicKind kind;

	private String title;

	private String text;

	protected ReviewTopic() {
	}

	ReviewTopic(Long reviewId, Side side, int position, TopicKind kind, String title, String text) {
		this.reviewId = reviewId;
		this.side = side;
		this.position = position;
		this.kind = kind;
		this.title = title;
		this.text = text;
	}

	public Long getId() {
		return id;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public Side getSide() {
		return side;
	}

	public int getPosition() {
		return position;
	}

	public TopicKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getText() {
		return text;
	}

}
