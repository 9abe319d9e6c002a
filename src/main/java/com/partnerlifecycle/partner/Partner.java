package com.partnerlifecycle.partner;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import com.partnerlifecycle.common.Groups;

/**
 * A provider on its way to (or in) a strategic partnership. Its id is the lifecycle's
 * business key.
 */
@Entity
public class Partner {

	@Id
	private String id;

	private String name;

	/** Lower-cased, trimmed name: two registrations of the same provider are refused. */
	private String nameKey;

	private String description;

	private String contactEmail;

	private Integer plannedPilots;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	@Enumerated(EnumType.STRING)
	private Mode mode;

	private int pilotExtensions;

	private String buyerBenefits;

	private String providerBenefits;

	private String processInstanceId;

	/**
	 * The group of its representatives ({@code partner-<id>} unless that collided with a
	 * role at start-up).
	 */
	private String groupId;

	private Instant registeredAt;

	private String registeredBy;

	/**
	 * What the partner provides ({@link Capabilities}); loaded with the partner, a page
	 * of partners at once.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_capability", joinColumns = @JoinColumn(name = "partner_id"))
	@Column(name = "tag")
	@OrderBy
	@BatchSize(size = 100)
	private Set<String> capabilities = new TreeSet<>();

	/** Set when a dissolved partnership's record is archived: kept, read-only. */
	private Instant archivedAt;

	@Version
	@Column(nullable = false)
	private long version;

	protected Partner() {
	}

	public Partner(String id, String name, String description, String contactEmail, Integer plannedPilots,
			Instant registeredAt, String registeredBy) {
		this.id = id;
		this.name = name;
		this.nameKey = nameKey(name);
		this.description = description;
		this.contactEmail = contactEmail;
		this.plannedPilots = plannedPilots;
		this.stage = Stage.CANDIDATE;
		this.mode = Mode.VENDOR;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
		this.groupId = Groups.forNewPartner(id);
	}

	static String nameKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	public void moveTo(Stage stage) {
		this.stage = stage;
	}

	public void recordExpectedBenefits(String buyerBenefits, String providerBenefits) {
		this.buyerBenefits = buyerBenefits;
		this.providerBenefits = providerBenefits;
	}

	public void changeMode(Mode mode) {
		this.mode = mode;
	}

	public void archive(Instant at) {
		this.archivedAt = at;
	}

	public void countPilotExtension() {
		this.pilotExtensions++;
	}

	public void declareCapabilities(SortedSet<String> tags) {
		capabilities.clear();
		capabilities.addAll(tags);
	}

	/** A repair: the partner's group collided with a role. */
	void moveToGroup(String groupId) {
		this.groupId = groupId;
	}

	public void linkProcessInstance(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public Integer getPlannedPilots() {
		return plannedPilots;
	}

	public Stage getStage() {
		return stage;
	}

	public Mode getMode() {
		return mode;
	}

	public int getPilotExtensions() {
		return pilotExtensions;
	}

	public String getBuyerBenefits() {
		return buyerBenefits;
	}

	public String getProviderBenefits() {
		return providerBenefits;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public String getGroupId() {
		return groupId;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	/** Sorted, read-only. */
	public SortedSet<String> getCapabilities() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(capabilities));
	}

	public Instant getArchivedAt() {
		return archivedAt;
	}

}
