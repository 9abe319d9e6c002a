package com.partnerlifecycle.pilot;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The pilots a sourcing manager plans in a form's "pilots" list (title, end date,
 * criteria: one per line).
 */
public final class PilotPlanForms {

	public static final String PILOTS = "pilots";

	private PilotPlanForms() {
	}

	/** One row of the "pilots" list. */
	public record PilotRow(@NotBlank @Size(max = 200) String title, @NotNull LocalDate endDate,
			@NotBlank @Size(max = 5000) String criteria) {
	}

	/**
	 * The rows as planned pilots (none for no rows): {@link PilotService#checkPlan} says
	 * whether they make a plan.
	 */
	public static List<PilotService.PlannedPilot> planned(List<PilotRow> rows) {
		if (rows == null) {
			return List.of();
		}
		return rows.stream()
			.map(row -> new PilotService.PlannedPilot(row.title(), row.endDate(),
					row.criteria().lines().map(String::strip).filter(line -> !line.isEmpty()).toList()))
			.toList();
	}

}
