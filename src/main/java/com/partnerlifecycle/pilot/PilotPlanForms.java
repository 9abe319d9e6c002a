package com.partnerlifecycle.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.partnerlifecycle.common.FormInput;
import com.partnerlifecycle.common.InvalidInputException;

/** Reads the pilots a sourcing manager planned in a form's "pilots" list (title, end date, criteria). */
@Component
public class PilotPlanForms {

	public static final String PILOTS = "pilots";

	public List<PilotService.PlannedPilot> read(FormInput input) {
		List<Map<String, Object>> rows = input.list(PILOTS);
		List<PilotService.PlannedPilot> planned = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			String prefix = PILOTS + "[" + (i + 1) + "].";
			String title = FormInput.text(prefix + "title", row.get("title"), 200);
			List<String> criteria = FormInput.lines(FormInput.text(prefix + "criteria", row.get("criteria"), 5000));
			planned.add(new PilotService.PlannedPilot(title, FormInput.date(prefix + "endDate", row.get("endDate")),
					criteria));
		}
		if (planned.isEmpty()) {
			throw new InvalidInputException(PILOTS, "plan at least one pilot project");
		}
		return planned;
	}

}
