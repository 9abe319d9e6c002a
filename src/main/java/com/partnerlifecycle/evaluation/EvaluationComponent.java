package com.partnerlifecycle.evaluation;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A component of the intended partnership (a party, an integration, a deliverable) and
 * its odds.
 */
@Entity
public class EvaluationComponent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long evaluationId;

	private int position;

	private String name;

	@Enumerated(EnumType.STRING)
	private ComponentKind kind;

	private BigDecimal probability;

	protected EvaluationComponent() {
	}

	EvaluationComponent(Long evaluationId, int position, Component component) {
		this.evaluationId = evaluationId;
		this.position = position;
		this.name = component.name();
		this.kind = component.kind();
		this.probability = BigDecimal.valueOf(component.probability());
	}

	Component toComponent() {
		return new Component(name, kind, probability.doubleValue());
	}

	public Long getEvaluationId() {
		return evaluationId;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public ComponentKind getKind() {
		return kind;
	}

	public BigDecimal getProbability() {
		return probability;
	}

}
