package com.partnerlifecycle.dissolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exit plan as the hand-over and lessons-learned forms show it. */
final class DissolutionForms {

	private DissolutionForms() {
	}

	static List<Map<String, Object>> exitPlan(Dissolution d) {
		return List.of(item("Why", d.getReason()), item("Services to transition", d.getServicesToTransition()),
				item("Data to return", d.getDataToReturn()), item("Knowledge transfer", d.getKnowledgeTransfer()),
				item("Hand-over completed by", d.getHandOverBy() == null ? null : d.getHandOverBy().toString()));
	}

	private static Map<String, Object> item(String item, String value) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("item", item);
		row.put("value", value == null ? "–" : value);
		return row;
	}

}
