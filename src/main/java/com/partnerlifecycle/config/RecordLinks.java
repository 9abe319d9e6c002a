package com.partnerlifecycle.config;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A start-up check for databases created before records were found by their process
 * instance: each running business-review and pilot-project instance held the id of its
 * record in a variable ({@code reviewId}, {@code pilotId}). Where the record has no
 * process instance yet and belongs to the instance's partner (business key), the link is
 * filled in; any other disagreement (a record of another partner, or run by another
 * instance: a variable rewritten through the engine API) is reported and left for an
 * operator, never followed. One query per kind returns only the instances that disagree,
 * so a start with thousands of running instances costs little.
 */
@Component
@Order(6)
class RecordLinks implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(RecordLinks.class);

	private final JdbcTemplate jdbc;

	RecordLinks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		check("business-review", "reviewId", "review");
		check("pilot-project", "pilotId", "pilot");
	}

	private void check(String processKey, String variable, String table) {
		List<Map<String, Object>> disagreeing = jdbc.queryForList("""
				select e.PROC_INST_ID_ as instance_id, e.BUSINESS_KEY_ as business_key, v.LONG_ as record_id,
				  r.partner_id as partner_id, r.process_instance_id as linked_to
				from ACT_RU_EXECUTION e
				join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ and d.KEY_ = ?
				join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = e.ID_ and v.NAME_ = ? and v.TASK_ID_ is null
				left join %s r on r.id = v.LONG_
				where e.PARENT_ID_ is null
				  and (r.id is null or r.process_instance_id is null or r.process_instance_id <> e.PROC_INST_ID_
				    or r.partner_id <> e.BUSINESS_KEY_)
				""".formatted(table), processKey, variable);
		for (Map<String, Object> row : disagreeing) {
			Object instance = row.get("instance_id");
			boolean samePartner = row.get("partner_id") != null
					&& row.get("partner_id").equals(row.get("business_key"));
			if (samePartner && row.get("linked_to") == null) {
				jdbc.update("update " + table + " set process_instance_id = ? where id = ?", instance,
						row.get("record_id"));
				LOG.info("{} {} linked to its process instance {}", table, row.get("record_id"), instance);
			}
			else {
				LOG.warn(
						"{} instance {} (partner {}) names {} {} of partner {}, run by {}: not followed; check it in Cockpit",
						processKey, instance, row.get("business_key"), table, row.get("record_id"),
						row.get("partner_id"), row.get("linked_to"));
			}
		}
	}

}
